package io.jenkins.plugins.dbgitops.jenkins;

import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.util.Secret;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;

/** Masks the bound database passwords in the console; keeps them as {@link Secret}s in its serialized form. */
final class MaskingLogFilter extends ConsoleLogFilter implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<Secret> secrets;

    MaskingLogFilter(List<Secret> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public OutputStream decorateLogger(Run build, OutputStream logger) {
        return new SecretMaskingOutputStream(logger, secrets.stream().map(Secret::getPlainText).toList());
    }
}
