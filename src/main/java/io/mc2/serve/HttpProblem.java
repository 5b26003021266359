package io.mc2.serve;

/** A request the web app refuses: the HTTP status and one line for the person who sent it. */
final class HttpProblem extends RuntimeException {
    private final int status;

    HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    static HttpProblem forbidden(String message) {
        return new HttpProblem(403, message);
    }

    static HttpProblem notFound(String what) {
        return new HttpProblem(404, what + " not found (results are kept for a while, then removed)");
    }

    static HttpProblem conflict(String message) {
        return new HttpProblem(409, message);
    }

    static HttpProblem tooLarge(String message) {
        return new HttpProblem(413, message);
    }

    static HttpProblem unsupported(String message) {
        return new HttpProblem(415, message);
    }

    static HttpProblem unprocessable(String message) {
        return new HttpProblem(422, message);
    }
}
