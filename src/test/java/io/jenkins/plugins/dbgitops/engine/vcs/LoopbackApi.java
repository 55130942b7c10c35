package io.jenkins.plugins.dbgitops.engine.vcs;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A code host's API on the loopback interface: answers each "METHOD path?query" with a canned response and records
 * every request (method, raw path and query, headers, body) so tests can check them against the host's documentation.
 */
public final class LoopbackApi implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Response> responses = new LinkedHashMap<>();
    private final List<Request> requests = new ArrayList<>();

    public record Request(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(",", entry.getValue())).findFirst().orElse(null);
        }
    }

    public record Response(int status, String body) {
    }

    public LoopbackApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Response response;
            synchronized (this) {
                requests.add(new Request(exchange.getRequestMethod(), pathAndQuery,
                        Map.copyOf(exchange.getRequestHeaders()), body));
                response = responses.getOrDefault(exchange.getRequestMethod() + " " + pathAndQuery,
                        new Response(404, "{\"message\":\"Not Found\"}"));
            }
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    /** Answers {@code "METHOD /raw/path?query"} with the status and JSON body. */
    public synchronized LoopbackApi on(String methodAndPath, int status, String body) {
        responses.put(methodAndPath, new Response(status, body));
        return this;
    }

    public URI base(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
