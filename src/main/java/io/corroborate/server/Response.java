package io.corroborate.server;

import java.util.Map;

/** What an endpoint answers: a status and a JSON body, plus any extra headers. */
record Response(int status, String json, Map<String, String> headers) {
  Response {
    headers = Map.copyOf(headers);
  }

  static Response ok(String json) {
    return new Response(200, json, Map.of());
  }
}
