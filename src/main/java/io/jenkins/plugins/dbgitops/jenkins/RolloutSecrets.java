package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.CredentialsReference;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every password a rollout may print by accident: its Jenkins logins and the variables its targets reference. */
final class RolloutSecrets {
    private RolloutSecrets() {
    }

    static List<String> of(ProjectConfig config, String environment, Map<String, DatabaseLogin> logins,
            EnvironmentCredentialsResolver variables) {
        List<String> secrets = new ArrayList<>(DatabaseLogins.passwords(logins));
        config.findEnvironment(environment).ifPresent(env -> {
            for (DeploymentTarget target : env.targets()) {
                target.credentials().map(CredentialsReference::parse).filter(CredentialsReference::isEnvironment)
                        .ifPresent(ref -> {
                            try {
                                secrets.add(variables.resolve(ref).password());
                            } catch (UserInputException missing) {
                                // reported by the rollout itself
                            }
                        });
            }
        });
        return secrets;
    }
}
