package io.jenkins.plugins.dbgitops.engine.vcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PullRequestUrlsTest {

    @ParameterizedTest
    @CsvSource({
        "https://github.com/acme/shop/pull/42,GITHUB,https://api.github.com,acme/shop,42",
        "https://ghe.example.com/acme/shop/pull/42,GITHUB,https://ghe.example.com/api/v3,acme/shop,42",
        "https://gitlab.com/platform/db/schema/-/merge_requests/7,GITLAB,https://gitlab.com/api/v4,platform/db/schema,7",
        "https://bitbucket.org/acme/shop/pull-requests/3,BITBUCKET,https://api.bitbucket.org/2.0,acme/shop,3",
        "https://dev.azure.com/contoso/Web/_git/schema/pullrequest/12,AZURE_DEVOPS,https://dev.azure.com,contoso/Web/schema,12"
    })
    void shouldRecogniseEachHostsPullRequestAddress(String url, VcsProvider provider, String api, String repository,
            String number) {
        PullRequestRef reference = PullRequestUrls.parse(url, "abc");

        assertThat(reference).isEqualTo(new PullRequestRef(provider, java.net.URI.create(api), repository, number, "abc"));
    }

    @ParameterizedTest
    @CsvSource({"https://example.com/acme/shop", "''"})
    void shouldRejectOtherAddressesWithAHint(String url) {
        assertThatThrownBy(() -> PullRequestUrls.parse(url, "abc")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("CHANGE_URL");
    }
}
