package io.jenkins.plugins.dbgitops.engine.vcs;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a pull request from its web address, as Jenkins multibranch builds export it in {@code CHANGE_URL}.
 */
public final class PullRequestUrls {
    private static final Pattern GITHUB = Pattern.compile("(https?://[^/]+)/([^/]+/[^/]+)/pull/(\\d+)/?");
    private static final Pattern GITLAB = Pattern.compile("(https?://[^/]+)/(.+?)/-/merge_requests/(\\d+)/?");
    private static final Pattern BITBUCKET = Pattern.compile("(https?://[^/]+)/([^/]+/[^/]+)/pull-requests/(\\d+)/?");
    private static final Pattern AZURE = Pattern.compile(
            "(https?://[^/]+)/([^/]+)/([^/]+)/_git/([^/]+)/pullrequest/(\\d+)/?");

    private PullRequestUrls() {
    }

    /**
     * The pull request a web address points to, with the REST API root that goes with the host.
     *
     * @throws UserInputException when the address is not a pull request address of a known host
     */
    public static PullRequestRef parse(String changeUrl, String commit) {
        String url = changeUrl == null ? "" : changeUrl.trim();
        Matcher github = GITHUB.matcher(url);
        if (github.matches()) {
            String host = github.group(1);
            URI api = URI.create(host.endsWith("//github.com") ? "https://api.github.com" : host + "/api/v3");
            return new PullRequestRef(VcsProvider.GITHUB, api, github.group(2), github.group(3), commit);
        }
        Matcher gitlab = GITLAB.matcher(url);
        if (gitlab.matches()) {
            return new PullRequestRef(VcsProvider.GITLAB, URI.create(gitlab.group(1) + "/api/v4"), gitlab.group(2),
                    gitlab.group(3), commit);
        }
        Matcher bitbucket = BITBUCKET.matcher(url);
        if (bitbucket.matches()) {
            return new PullRequestRef(VcsProvider.BITBUCKET, URI.create("https://api.bitbucket.org/2.0"),
                    bitbucket.group(2), bitbucket.group(3), commit);
        }
        Matcher azure = AZURE.matcher(url);
        if (azure.matches()) {
            return new PullRequestRef(VcsProvider.AZURE_DEVOPS, URI.create(azure.group(1)),
                    azure.group(2) + "/" + azure.group(3) + "/" + azure.group(4), azure.group(5), commit);
        }
        throw new UserInputException("'" + url + "' is not a GitHub, GitLab, Bitbucket or Azure DevOps pull request"
                + " address: pass the pull request's web address (Jenkins sets CHANGE_URL on pull request builds).");
    }
}
