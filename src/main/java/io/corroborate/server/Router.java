package io.corroborate.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.corroborate.report.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to its endpoint by exact path and method, reads the body within the size limit, and
 * turns every refusal into a JSON error: unknown path 404, wrong method 405 (with {@code Allow}), body too
 * large 413, and anything unexpected 500 without leaking a stack trace.
 */
final class Router implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Router.class);
  private static final ObjectMapper JSON = ReportJson.mapper();

  /** An endpoint: the request body (already within the limit) and the query string in, a response out. */
  @FunctionalInterface
  interface Endpoint {
    Response handle(byte[] body, String query) throws IOException;
  }

  private final Map<String, Map<String, Endpoint>> routes = new LinkedHashMap<>();
  private final long maxBodyBytes;
  private final Object inFlightLock = new Object();
  private int inFlight;
  private boolean draining;

  Router(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  Router route(String method, String path, Endpoint endpoint) {
    routes.computeIfAbsent(path, p -> new TreeMap<>()).put(method, endpoint);
    return this;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    boolean admitted = admit();
    try (exchange) {
      send(exchange, admitted ? respond(exchange)
          : error(new ApiError(503, "shutting_down", "the service is stopping; no new requests are taken")));
    } catch (IOException e) {
      LOG.debug("client went away", e);  // nothing to answer: the connection is gone
    } finally {
      if (admitted) {
        finished();
      }
    }
  }

  private boolean admit() {
    synchronized (inFlightLock) {
      if (draining) {
        return false;
      }
      inFlight++;
      return true;
    }
  }

  private void finished() {
    synchronized (inFlightLock) {
      inFlight--;
      inFlightLock.notifyAll();
    }
  }

  /**
   * Refuses new requests and waits until those already taken are answered, or the grace time is over.
   * The JDK server's own {@code stop(delay)} may wait out the whole delay even when idle, so the waiting
   * is done here and the server is then stopped at once.
   */
  void drain(java.time.Duration grace) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (inFlightLock) {
      draining = true;
      for (long left = grace.toMillis(); inFlight > 0 && left > 0;
          left = (deadline - System.nanoTime()) / 1_000_000) {
        inFlightLock.wait(left);
      }
    }
  }

  private Response respond(HttpExchange exchange) {
    try {
      Map<String, Endpoint> methods = routes.get(exchange.getRequestURI().getPath());
      if (methods == null) {
        throw new ApiError(404, "not_found", "no endpoint at " + exchange.getRequestURI().getPath()
            + "; the endpoints are " + String.join(", ", routes.keySet()));
      }
      Endpoint endpoint = methods.get(exchange.getRequestMethod());
      if (endpoint == null) {
        String allowed = String.join(", ", methods.keySet());
        Response refusal = error(new ApiError(405, "method_not_allowed",
            exchange.getRequestMethod() + " is not allowed on " + exchange.getRequestURI().getPath() + "; use " + allowed));
        return new Response(refusal.status(), refusal.json(), Map.of("Allow", allowed));
      }
      return endpoint.handle(readBody(exchange), exchange.getRequestURI().getRawQuery());
    } catch (ApiError e) {
      return error(e);
    } catch (IOException e) {
      return error(new ApiError(400, "unreadable_body", "cannot read the request: " + e.getMessage()));
    } catch (RuntimeException e) {
      LOG.error("unexpected failure answering {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      return error(new ApiError(500, "internal_error", "the service failed on this request: " + e));
    }
  }

  /** The body, refused with 413 as soon as it is known to be too large (declared or while reading). */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && parseLength(declared) > maxBodyBytes) {
      throw tooLarge(parseLength(declared));
    }
    try (InputStream in = exchange.getRequestBody()) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        body.write(buffer, 0, n);
        if (body.size() > maxBodyBytes) {
          throw tooLarge(-1);
        }
      }
      return body.toByteArray();
    }
  }

  private static long parseLength(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      throw new ApiError(400, "bad_request", "Content-Length `" + header + "` is not a number");
    }
  }

  private ApiError tooLarge(long declared) {
    String size = declared >= 0 ? declared + " bytes" : "more than " + maxBodyBytes + " bytes";
    return new ApiError(413, "body_too_large", "the request body has " + size + "; the limit is " + maxBodyBytes
        + " bytes: send fewer or shorter documents per request");
  }

  static Response error(ApiError e) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("status", e.status());
    detail.put("code", e.code());
    detail.put("message", e.getMessage());
    return new Response(e.status(), json(Map.of("error", detail)), Map.of());
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);  // maps and records of strings and numbers always serialize
    }
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    byte[] bytes = response.json().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
