package io.jenkins.plugins.dbgitops.jenkins;

import java.io.Serializable;

/**
 * Review parameters shared by the step, the builder and the wrapper.
 *
 * @param policy             a policy template ({@code prod}, {@code dev}) or a policy file in the workspace
 * @param changedOnly        on pull-request builds, review only the files changed against the target branch
 * @param tokenCredentialsId credentials of the code host token for the pull request comment, or empty
 */
record ReviewOptions(String path, String dialect, String policy, FailOn failOn, boolean publish, boolean changedOnly,
        String tokenCredentialsId) implements Serializable {
}
