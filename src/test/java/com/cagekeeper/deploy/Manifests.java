package com.cagekeeper.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Reads the manifests under {@code k8s/} into fabric8's typed Kubernetes model, strictly: a
 * field the model does not know fails the read. The mariadb-operator's resources (group
 * {@code k8s.mariadb.com}) have no typed model here and are kept as JSON trees.
 */
final class Manifests {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path K8S = ROOT.resolve("k8s");
    static final String OPERATOR_GROUP = "k8s.mariadb.com/";

    /** The kinds k8s/ may hold, by apiVersion/kind; another kind fails until its type is added here. */
    static final Map<String, Class<?>> TYPES = Map.of(
            "apps/v1/Deployment", Deployment.class,
            "v1/Service", Service.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Namespace", Namespace.class,
            "v1/Secret", Secret.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "kustomize.config.k8s.io/v1beta1/Kustomization", Kustomization.class);

    /**
     * fabric8's classes collect unknown fields in an "additionalProperties" map through
     * {@code @JsonAnySetter}, so FAIL_ON_UNKNOWN_PROPERTIES alone would let a misspelt field
     * pass silently; with the any-setter ignored, Jackson names the unknown field and fails.
     */
    static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return Boolean.FALSE;
                }
            });

    static final ObjectMapper TREES = new ObjectMapper(new YAMLFactory());

    /** The objects of a YAML stream: typed ones, and JsonNode for the operator's resources. */
    static List<Object> parse(String yaml, String origin) {
        List<Object> objects = new ArrayList<>();
        try (var docs = TREES.readerFor(JsonNode.class).<JsonNode> readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc == null || doc.isNull() || doc.isMissingNode() || doc.isEmpty()) {
                    continue;
                }
                objects.add(typed(doc, origin));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(origin + " is not YAML", e);
        }
        return objects;
    }

    static Object typed(JsonNode doc, String origin) {
        String apiVersion = doc.path("apiVersion").asText();
        String kind = doc.path("kind").asText();
        assertTrue(!apiVersion.isEmpty() && !kind.isEmpty(), origin + ": every document names apiVersion and kind");
        if (apiVersion.startsWith(OPERATOR_GROUP)) {
            return doc;
        }
        Class<?> type = TYPES.get(apiVersion + "/" + kind);
        assertNotNull(type, origin + ": " + apiVersion + " " + kind + " is not a kind k8s/ is expected to hold");
        try {
            return STRICT.treeToValue(doc, type);
        } catch (IOException e) {
            throw new AssertionError(origin + ": " + kind + " does not fit the typed model: " + e.getMessage(), e);
        }
    }

    /** Every YAML file under k8s/. */
    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(K8S)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Kustomization kustomization(Path dir) {
        List<Object> objects = parse(read(dir.resolve("kustomization.yaml")), dir + "/kustomization.yaml");
        assertEquals(1, objects.size());
        return (Kustomization) objects.get(0);
    }

    /** A kustomize on the PATH: {@code kubectl kustomize} or {@code kustomize build}. */
    static Optional<List<String>> kustomizeCommand() {
        for (List<String> command : List.of(List.of("kubectl", "kustomize"), List.of("kustomize", "build"))) {
            if (onPath(command.get(0))) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    static boolean onPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, executable)));
    }

    /** The rendered output of a kustomization directory. */
    static String render(List<String> command, Path dir) {
        List<String> full = new ArrayList<>(command);
        full.add(dir.toString());
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", full) + " did not finish");
            assertEquals(0, process.exitValue(), String.join(" ", full) + " failed: " + err);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The base's objects without a kustomize: the base only lists resources (the test checks
     * it has no transformer), so their concatenation is its rendering.
     */
    static List<Object> concatenatedResources(Path dir) {
        List<Object> objects = new ArrayList<>();
        for (String resource : kustomization(dir).getResources()) {
            Path file = dir.resolve(resource);
            objects.addAll(parse(read(file), file.toString()));
        }
        return objects;
    }

    static <T> List<T> ofType(List<Object> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T> T single(List<Object> objects, Class<T> type) {
        List<T> found = ofType(objects, type);
        assertEquals(1, found.size(), "exactly one " + type.getSimpleName() + " expected");
        return found.get(0);
    }

    static List<JsonNode> operatorResources(List<Object> objects, String kind) {
        return ofType(objects, JsonNode.class).stream().filter(n -> kind.equals(n.path("kind").asText())).toList();
    }

    private Manifests() {
    }
}
