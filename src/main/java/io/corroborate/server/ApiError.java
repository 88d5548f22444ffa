package io.corroborate.server;

/**
 * A request the service refuses, answered as {@code {"error": {"status", "code", "message"}}}.
 *
 * @param code a stable word for programs ({@code bad_json}, {@code body_too_large}, ...)
 * @param message what went wrong and what to do, for people
 */
final class ApiError extends RuntimeException {
  private final int status;
  private final String code;

  ApiError(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
