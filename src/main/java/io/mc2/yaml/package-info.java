/**
 * Reading user YAML files (clause library, profiles, deal facts) with a line and column on every
 * node, and validating them against the JSON Schemas shipped in the jar.
 *
 * <p>Input: a path. Output: a located tree, or {@link io.mc2.problem.Problem}s.
 * Supports: YAML 1.1 as Jackson reads it, duplicate-key detection, draft 2020-12 schemas.
 */
package io.mc2.yaml;
