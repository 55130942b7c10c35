package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.regex.Pattern;

/** Keeps credentials that users sometimes embed in JDBC URLs out of messages and reports. */
public final class JdbcUrls {
    private static final Pattern USER_INFO = Pattern.compile("(//)[^/@\\s]*@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)((?:password|passwd|pwd|sslpassword|secret|token)=)[^&;\\s]*");

    private JdbcUrls() {
    }

    /** Returns the URL with any user-info part and password-like parameters replaced by {@code ****}. */
    public static String redact(String url) {
        if (url == null) {
            return "";
        }
        String withoutUserInfo = USER_INFO.matcher(url).replaceAll("$1****@");
        return SECRET_PARAMETER.matcher(withoutUserInfo).replaceAll("$1****");
    }
}
