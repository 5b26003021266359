/**
 * Errors users see: {@link io.mc2.problem.Mc2Exception} with its {@link io.mc2.problem.ExitCode},
 * and located {@link io.mc2.problem.Problem}s in user files. Knows nothing else in the project.
 */
package io.mc2.problem;
