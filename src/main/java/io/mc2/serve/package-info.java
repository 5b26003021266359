/**
 * {@code mc2 serve}: the web app, another front end beside {@code cli}. Pages are rendered on the
 * server from the same writers the command line uses and call the same workflows in {@code app};
 * this is the only package that imports the HTTP server library (Javalin on Jetty).
 *
 * <p>Input: form fields and uploaded .docx files (or a .zip of them), all treated as hostile:
 * request size, file count and zip content are bounded ({@link io.mc2.serve.UploadLimits}), uploads
 * live in a temporary folder removed when their results are dropped or the server stops.
 * Output: HTML pages and the downloads the CLI writes (draft, gap reports, counter-redline, matrix,
 * published profile bundle).
 *
 * <p>Supported: new draft, review of one return, portfolio of returns, profiles (show, diff,
 * bundle), and with {@code --records DIR} negotiation records across rounds (a draft recorded as
 * round 1, a return rated against its round and recorded, the counter-redline as the next round,
 * the rounds and clause states shown). Not yet: accounts or sharing (it binds to loopback by
 * default and is meant for one desk).
 */
package io.mc2.serve;
