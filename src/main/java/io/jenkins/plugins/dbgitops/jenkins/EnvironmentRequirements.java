package io.jenkins.plugins.dbgitops.jenkins;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.Approval;
import io.jenkins.plugins.dbgitops.engine.config.CredentialsReference;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import hudson.AbortException;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jenkins.MasterToSlaveFileCallable;

/**
 * What the controller must supply before a rollout: whether the environment needs an approval, and which Jenkins
 * credentials ids its targets name (read from {@code dbgitops.yaml} in the workspace on the agent).
 */
record EnvironmentRequirements(boolean manualApproval, List<String> credentialsIds) implements Serializable {
    EnvironmentRequirements {
        credentialsIds = List.copyOf(credentialsIds);
    }

    static final class Reader extends MasterToSlaveFileCallable<EnvironmentRequirements> {
        private static final long serialVersionUID = 1L;
        private final String config;
        private final String environment;
        private final Map<String, String> variables;

        Reader(String config, String environment, Map<String, String> variables) {
            this.config = config;
            this.environment = environment;
            this.variables = Map.copyOf(variables);
        }

        @Override
        public EnvironmentRequirements invoke(File workspace, VirtualChannel channel) throws IOException {
            try {
                EnvironmentConfig env = new ProjectConfigReader(variables)
                        .read(Workspace.inside(workspace.toPath(), config, "configuration")).environment(environment);
                TreeSet<String> ids = new TreeSet<>();
                for (DeploymentTarget target : env.targets()) {
                    target.credentials().map(CredentialsReference::parse).filter(ref -> !ref.isEnvironment())
                            .ifPresent(ref -> ids.add(ref.credentialsId()));
                }
                return new EnvironmentRequirements(env.approval() == Approval.MANUAL, List.copyOf(ids));
            } catch (UserInputException | IllegalArgumentException e) {
                throw new AbortException(e.getMessage());
            }
        }
    }
}
