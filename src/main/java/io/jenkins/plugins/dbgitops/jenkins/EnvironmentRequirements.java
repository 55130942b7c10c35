package io.jenkins.plugins.dbgitops.jenkins;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.Approval;
import io.jenkins.plugins.dbgitops.engine.config.CredentialsReference;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.PromotionSource;
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

    private static void addCredentialsIds(EnvironmentConfig environment, TreeSet<String> ids) {
        for (DeploymentTarget target : environment.targets()) {
            target.credentials().map(CredentialsReference::parse).filter(ref -> !ref.isEnvironment())
                    .ifPresent(ref -> ids.add(ref.credentialsId()));
        }
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
                ProjectConfig project = Workspace.project(workspace.toPath(), config, variables);
                EnvironmentConfig env = project.environment(environment);
                TreeSet<String> ids = new TreeSet<>();
                addCredentialsIds(env, ids);
                if (project.promotion() == PromotionSource.HISTORY && !env.allowSkip()) {
                    // promotion: history reads the required environments' history tables with their logins
                    for (String required : env.requires()) {
                        addCredentialsIds(project.environment(required), ids);
                    }
                }
                return new EnvironmentRequirements(env.approval() == Approval.MANUAL, List.copyOf(ids));
            } catch (UserInputException | IllegalArgumentException e) {
                throw new AbortException(e.getMessage());
            }
        }
    }
}
