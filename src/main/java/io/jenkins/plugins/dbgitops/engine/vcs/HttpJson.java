package io.jenkins.plugins.dbgitops.engine.vcs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP for the publishers: one client, explicit timeouts, errors that name the request but no secret. */
final class HttpJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_ERROR_BODY = 300;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String hostName;
    private final Map<String, String> headers;

    /**
     * @param hostName for messages, e.g. "GitHub"
     * @param headers  sent with every request (authentication, API version)
     */
    HttpJson(String hostName, Map<String, String> headers) {
        this.hostName = hostName;
        this.headers = Map.copyOf(headers);
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    JsonNode get(URI uri) {
        return send("GET", uri, null);
    }

    JsonNode send(String method, URI uri, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept", "application/json");
        headers.forEach(request::setHeader);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(write(body)));
        }
        HttpResponse<String> response = execute(method, uri, request.build());
        if (response.statusCode() / 100 != 2) {
            throw new VcsPublishException(hostName + " answered " + response.statusCode() + " to " + method + " "
                    + uri.getPath() + ": " + abbreviate(response.body()) + hint(response.statusCode()),
                    response.statusCode());
        }
        return read(response.body());
    }

    private HttpResponse<String> execute(String method, URI uri, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new VcsPublishException("Cannot reach " + hostName + " for " + method + " " + uri.getPath() + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VcsPublishException("Interrupted while calling " + hostName, e);
        }
    }

    private String hint(int status) {
        if (status == 401) {
            return " Check that the token is valid.";
        }
        if (status == 403 || status == 404) {
            return " Check that the token may comment on pull requests and set commit statuses of this repository.";
        }
        return "";
    }

    private static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise a request body", e);
        }
    }

    private static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return MAPPER.createObjectNode();
        }
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return text.length() <= MAX_ERROR_BODY ? text : text.substring(0, MAX_ERROR_BODY) + "…";
    }
}
