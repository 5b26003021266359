package io.mc2.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A YAML file read into a tree whose every node knows its line and column, so that schema and
 * semantic checks can point at the exact place of a problem. Duplicate keys are errors.
 *
 * @param path  the file
 * @param bytes its content (hashed into provenance)
 * @param root  the document's root node
 */
public record YamlFile(Path path, byte[] bytes, JsonNode root) {

    // floats as exact decimals: 1e309 is a number too large, not a double overflowing to infinity
    private static final ObjectMapper MAPPER = new ObjectMapper(
            YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Reads and parses; a syntax error becomes an {@link ExitCode#INVALID_INPUT_FILE} problem at its place. */
    public static YamlFile read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new Mc2Exception(ExitCode.INVALID_INPUT_FILE, path + ": no such file");
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.INVALID_INPUT_FILE, path + ": cannot read: " + e.getMessage());
        }
        return parse(path, bytes);
    }

    /** Parses bytes that came from {@code path}. */
    public static YamlFile parse(Path path, byte[] bytes) {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            JsonNode root = MAPPER.reader().with(new LocationJsonNodeFactory(parser)).readTree(parser);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw Mc2Exception.invalid(new Problem(path, 1, 1, "the file is empty"));
            }
            return new YamlFile(path, bytes, root);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = Mc2Exception.plain(e.getOriginalMessage());
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y) {
                msg = (y.getContext() == null ? "" : y.getContext() + ": ") + y.getProblem();
            }
            throw Mc2Exception.invalid(new Problem(path, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "YAML syntax: " + msg));
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.INVALID_INPUT_FILE, path + ": cannot read: " + Mc2Exception.describe(e));
        }
    }

    /** A problem located at {@code node} of this file (or at the file when the node has no location). */
    public Problem problem(JsonNode node, String message) {
        return problemAt(path, node, message);
    }

    /** A problem at {@code node}'s place in {@code file}. */
    public static Problem problemAt(Path file, JsonNode node, String message) {
        return new Problem(file, line(node), column(node), message);
    }

    /** 1-based line of a node read by this class; 0 when unknown. */
    public static int line(JsonNode node) {
        JsonLocation loc = location(node);
        return loc == null ? 0 : loc.getLineNr();
    }

    /** 1-based column of a node; 0 when unknown. */
    public static int column(JsonNode node) {
        JsonLocation loc = location(node);
        return loc == null ? 0 : loc.getColumnNr();
    }

    private static JsonLocation location(JsonNode node) {
        return node instanceof TokenStreamLocationAware aware ? aware.tokenStreamLocation() : null;
    }
}
