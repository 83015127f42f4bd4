package com.cagekeeper.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Patch;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The deployment descriptors (issue 10): every manifest under k8s/ parses into the typed
 * Kubernetes model with unknown fields refused; the base and the production overlay, as
 * rendered by kustomize, keep the hardening (replicas, rolling update, PDB, probes,
 * resources, restricted security context, spread, NetworkPolicy, no committed secret);
 * names, ports and keys agree with what the service reads; and the Dockerfile agrees with
 * the Deployment. Rendering uses {@code kubectl kustomize} (or {@code kustomize build}) from
 * the PATH; without one the base is checked as the concatenation of its resources (it has no
 * transformer) and the overlay's rendered checks are skipped with that reason.
 */
@DisplayName("Deployment descriptors: Dockerfile and k8s/ (issue 10)")
class KubernetesManifestsTest {

    static final String BASE = "k8s/base";
    static final String PRODUCTION = "k8s/overlays/production";
    static final Path README = Manifests.ROOT.resolve("README.md");
    static final Path DOCKERFILE = Manifests.ROOT.resolve("Dockerfile");

    /** The paths SmallRye Health serves (ProbePathsTest shows that the service answers them). */
    static final String STARTED = "/q/health/started";
    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";

    static final int NON_ROOT_USER = 185;
    static final int DATABASE_PORT = 3306;

    private static final Map<String, List<Object>> RENDERED = new HashMap<>();

    static Stream<String> layouts() {
        return Stream.of(BASE, PRODUCTION);
    }

    static synchronized List<Object> rendered(String layout) {
        List<Object> cached = RENDERED.get(layout);
        if (cached != null) {
            return cached;
        }
        Path dir = Manifests.ROOT.resolve(layout);
        var kustomize = Manifests.kustomizeCommand();
        List<Object> objects;
        if (kustomize.isPresent()) {
            objects = Manifests.parse(Manifests.render(kustomize.get(), dir), "rendered " + layout);
        } else {
            Assumptions.assumeTrue(BASE.equals(layout), "no kustomize on the PATH (kubectl kustomize or kustomize build):"
                    + " the production overlay is not rendered here; its files are still parsed and its patches checked");
            objects = Manifests.concatenatedResources(dir);
        }
        RENDERED.put(layout, objects);
        return objects;
    }

    // ---- parsing -------------------------------------------------------------------------------

    @Test
    @DisplayName("every manifest under k8s/ parses into the typed model, unknown fields refused")
    void everyManifestParses() {
        List<Path> files = Manifests.files();
        assertTrue(files.size() >= 10, "k8s/ holds the base and the overlay: " + files);
        for (Path file : files) {
            List<Object> objects = Manifests.parse(Manifests.read(file), Manifests.ROOT.relativize(file).toString());
            assertFalse(objects.isEmpty(), file + " holds no object");
        }
    }

    @Test
    @DisplayName("the strict read fails on a misspelt field (the parse test can fail)")
    void strictReadRejectsUnknownFields() {
        String misspelt = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                """;
        AssertionError top = assertThrows(AssertionError.class, () -> Manifests.parse(misspelt, "test"));
        assertTrue(top.getMessage().contains("replica"), top.getMessage());
        String nested = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """;
        AssertionError deep = assertThrows(AssertionError.class, () -> Manifests.parse(nested, "test"));
        assertTrue(deep.getMessage().contains("readinesProbe"), deep.getMessage());
        assertThrows(AssertionError.class, () -> Manifests.parse("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n", "test"),
                "a kind k8s/ is not expected to hold is refused");
    }

    @Test
    @DisplayName("the base only lists resources, and the overlay's patches name objects of the base")
    void kustomizationsAreConsistent() {
        Path base = Manifests.ROOT.resolve(BASE);
        Kustomization k = Manifests.kustomization(base);
        assertNull(k.getNamespace(), "base: no namespace (the overlay sets it)");
        assertNull(k.getNamePrefix(), "base: no name prefix");
        assertTrue(k.getPatches() == null || k.getPatches().isEmpty(), "base: no patches");
        assertTrue(k.getCommonLabels() == null || k.getCommonLabels().isEmpty(), "base: no commonLabels (they rewrite selectors)");
        for (String resource : k.getResources()) {
            assertTrue(Files.isRegularFile(base.resolve(resource)), "base resource exists: " + resource);
        }
        List<Object> baseObjects = Manifests.concatenatedResources(base);
        Set<String> baseNames = new TreeSet<>();
        for (Object o : baseObjects) {
            baseNames.add(kindAndName(o));
        }
        Path production = Manifests.ROOT.resolve(PRODUCTION);
        Kustomization overlay = Manifests.kustomization(production);
        assertEquals("cagekeeper", overlay.getNamespace(), "production runs in its own namespace");
        assertTrue(overlay.getResources().contains("../../base"), "production builds on the base");
        assertFalse(overlay.getPatches().isEmpty(), "production patches the base");
        for (Patch patch : overlay.getPatches()) {
            Path file = production.resolve(patch.getPath());
            for (Object o : Manifests.parse(Manifests.read(file), file.toString())) {
                assertTrue(baseNames.contains(kindAndName(o)), patch.getPath() + " patches an object of the base: " + kindAndName(o));
            }
        }
    }

    @Test
    @DisplayName("no Secret is committed: the manifests only reference Secrets")
    void noSecretCommitted() {
        for (Path file : Manifests.files()) {
            List<Object> objects = Manifests.parse(Manifests.read(file), file.toString());
            assertTrue(Manifests.ofType(objects, Secret.class).isEmpty(), file + " holds a Secret");
        }
        for (String layout : List.of(BASE, PRODUCTION)) {
            if (Manifests.kustomizeCommand().isPresent() || BASE.equals(layout)) {
                assertTrue(Manifests.ofType(rendered(layout), Secret.class).isEmpty(), layout + " renders a Secret");
            }
        }
    }

    // ---- the Deployment ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("at least 2 replicas, rolling update with maxUnavailable 0 and a surge")
    void replicasAndRollingUpdate(String layout) {
        Deployment d = Manifests.single(rendered(layout), Deployment.class);
        int replicas = d.getSpec().getReplicas();
        assertTrue(replicas >= 2, layout + ": replicas >= 2, was " + replicas);
        assertEquals("RollingUpdate", d.getSpec().getStrategy().getType(), layout + ": rolling update");
        RollingUpdateDeployment ru = d.getSpec().getStrategy().getRollingUpdate();
        assertEquals(0, count(ru.getMaxUnavailable(), replicas), layout + ": maxUnavailable 0, a rollout never drops a ready pod");
        assertTrue(count(ru.getMaxSurge(), replicas) >= 1, layout + ": maxSurge >= 1, or a rollout with maxUnavailable 0 cannot proceed");
        if (PRODUCTION.equals(layout)) {
            assertTrue(replicas >= 3, "production: at least 3 replicas");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("restricted security context: non-root 185, read-only root with /tmp on an emptyDir, no escalation, no capabilities, RuntimeDefault seccomp")
    void restrictedSecurityContext(String layout) {
        PodSpec pod = podSpec(layout);
        PodSecurityContext psc = pod.getSecurityContext();
        assertNotNull(psc, layout + ": pod security context");
        assertEquals(Boolean.TRUE, psc.getRunAsNonRoot(), layout + ": runAsNonRoot");
        assertEquals(NON_ROOT_USER, psc.getRunAsUser().intValue(), layout + ": runAsUser 185, the image's user");
        assertEquals("RuntimeDefault", psc.getSeccompProfile().getType(), layout + ": seccomp RuntimeDefault");
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), layout + ": no API token in the pod");
        assertTrue(pod.getHostNetwork() == null || !pod.getHostNetwork(), layout + ": no host network");
        Map<String, Volume> volumes = new HashMap<>();
        pod.getVolumes().forEach(v -> volumes.put(v.getName(), v));
        for (Container c : allContainers(pod)) {
            SecurityContext sc = c.getSecurityContext();
            assertNotNull(sc, layout + ": " + c.getName() + " security context");
            assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), layout + ": " + c.getName() + " allowPrivilegeEscalation false");
            assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), layout + ": " + c.getName() + " readOnlyRootFilesystem");
            assertTrue(sc.getPrivileged() == null || !sc.getPrivileged(), layout + ": " + c.getName() + " not privileged");
            assertTrue(sc.getCapabilities().getDrop().contains("ALL"), layout + ": " + c.getName() + " drops ALL capabilities");
            assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(),
                    layout + ": " + c.getName() + " adds no capability");
            VolumeMount tmp = c.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst()
                    .orElseThrow(() -> new AssertionError(layout + ": " + c.getName() + " has a writable /tmp"));
            assertNotNull(volumes.get(tmp.getName()).getEmptyDir(), layout + ": /tmp is an emptyDir");
            assertTrue(tmp.getReadOnly() == null || !tmp.getReadOnly(), layout + ": /tmp is writable");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("startup, readiness and liveness probes on /q/health/started, /ready and /live, on the HTTP port")
    void probes(String layout) {
        Container c = serviceContainer(layout);
        assertProbe(layout, "startup", c.getStartupProbe(), STARTED, c);
        assertProbe(layout, "readiness", c.getReadinessProbe(), READY, c);
        assertProbe(layout, "liveness", c.getLivenessProbe(), LIVE, c);
        Probe startup = c.getStartupProbe();
        assertTrue(startup.getPeriodSeconds() * startup.getFailureThreshold() >= 60,
                layout + ": the startup probe allows a minute at least (Flyway migrates at start)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("CPU and memory requested and limited, requests within limits, memory limit above the measured footprint")
    void resources(String layout) {
        Container c = serviceContainer(layout);
        Map<String, Quantity> requests = c.getResources().getRequests();
        Map<String, Quantity> limits = c.getResources().getLimits();
        for (String r : List.of("cpu", "memory")) {
            assertNotNull(requests.get(r), layout + ": " + r + " request");
            assertNotNull(limits.get(r), layout + ": " + r + " limit");
            assertTrue(bytes(requests.get(r)).compareTo(bytes(limits.get(r))) <= 0, layout + ": " + r + " request within its limit");
        }
        // README, "Performance": about 300 MiB resident at the benchmark's peak load.
        assertTrue(bytes(limits.get("memory")).compareTo(BigDecimal.valueOf(448L << 20)) >= 0,
                layout + ": the memory limit leaves room above the measured 300 MiB");
        assertTrue(bytes(requests.get("memory")).compareTo(BigDecimal.valueOf(320L << 20)) >= 0,
                layout + ": the memory request covers the measured footprint");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("pods spread across nodes (hard) and zones, over the Deployment's own pods")
    void topologySpread(String layout) {
        Deployment d = Manifests.single(rendered(layout), Deployment.class);
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        Map<String, TopologySpreadConstraint> byKey = new HashMap<>();
        podSpec(layout).getTopologySpreadConstraints().forEach(t -> byKey.put(t.getTopologyKey(), t));
        for (String key : List.of("kubernetes.io/hostname", "topology.kubernetes.io/zone")) {
            TopologySpreadConstraint t = byKey.get(key);
            assertNotNull(t, layout + ": spread over " + key);
            assertTrue(selects(t.getLabelSelector().getMatchLabels(), podLabels), layout + ": the " + key + " spread counts this Deployment's pods");
        }
        assertEquals("DoNotSchedule", byKey.get("kubernetes.io/hostname").getWhenUnsatisfiable(),
                layout + ": two replicas never share a node");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("the grace period covers the preStop drain and quarkus.shutdown.timeout")
    void gracePeriod(String layout) {
        PodSpec pod = podSpec(layout);
        Container c = serviceContainer(layout);
        long preStop = preStopSeconds(c);
        assertTrue(preStop >= 1, layout + ": a preStop pause lets endpoints drain before SIGTERM");
        Duration shutdown = ServiceConfig.production("quarkus.shutdown.timeout").map(ServiceConfig::duration)
                .orElse(Duration.ZERO);
        long grace = pod.getTerminationGracePeriodSeconds();
        assertTrue(grace >= preStop + shutdown.toSeconds(), layout + ": terminationGracePeriodSeconds " + grace
                + " >= preStop " + preStop + " s + quarkus.shutdown.timeout " + shutdown.toSeconds() + " s");
        assertTrue(grace <= 120, layout + ": a stuck pod is killed within two minutes");
    }

    // ---- PDB, HPA, Service, NetworkPolicy -----------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("a PDB selects the Deployment's pods and keeps at least one while letting a drain proceed")
    void podDisruptionBudget(String layout) {
        List<Object> objects = rendered(layout);
        Deployment d = Manifests.single(objects, Deployment.class);
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        PodDisruptionBudget pdb = Manifests.single(objects, PodDisruptionBudget.class);
        assertTrue(selects(pdb.getSpec().getSelector().getMatchLabels(), podLabels), layout + ": the PDB selects the Deployment's pods");
        int replicas = d.getSpec().getReplicas();
        int minReplicas = Manifests.single(objects, HorizontalPodAutoscaler.class).getSpec().getMinReplicas();
        int fewest = Math.min(replicas, minReplicas);
        int disruptable = pdb.getSpec().getMaxUnavailable() != null
                ? count(pdb.getSpec().getMaxUnavailable(), fewest)
                : fewest - count(pdb.getSpec().getMinAvailable(), fewest);
        assertTrue(disruptable >= 1, layout + ": a node drain can evict one pod");
        assertTrue(fewest - disruptable >= 1, layout + ": at least one pod stays during a drain");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("the HPA scales the Deployment on CPU, from at least 2, within the database user's connections")
    void autoscaler(String layout) {
        List<Object> objects = rendered(layout);
        Deployment d = Manifests.single(objects, Deployment.class);
        HorizontalPodAutoscaler hpa = Manifests.single(objects, HorizontalPodAutoscaler.class);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(d.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName(), layout + ": the HPA scales the Deployment");
        int min = hpa.getSpec().getMinReplicas();
        int max = hpa.getSpec().getMaxReplicas();
        assertTrue(min >= 2, layout + ": the HPA never scales below 2");
        assertTrue(min <= d.getSpec().getReplicas() && d.getSpec().getReplicas() <= max, layout + ": replicas within the HPA's bounds");
        assertTrue(hpa.getSpec().getMetrics().stream()
                .anyMatch(m -> m.getResource() != null && "cpu".equals(m.getResource().getName())), layout + ": scales on CPU");
        int pool = Integer.parseInt(configValue(objects, "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "quarkus.datasource.jdbc.max-size"));
        JsonNode user = Manifests.operatorResources(objects, "User").get(0);
        int allowed = user.path("spec").path("maxUserConnections").asInt(10);
        assertTrue(max * pool <= allowed, layout + ": " + max + " replicas x pool " + pool + " fit the User's maxUserConnections " + allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("the container port is quarkus.http.port, the Service and the probes reach it")
    void ports(String layout) {
        List<Object> objects = rendered(layout);
        int httpPort = Integer.parseInt(ServiceConfig.production("quarkus.http.port").orElse("8080"));
        Container c = serviceContainer(layout);
        assertEquals(1, c.getPorts().size(), layout + ": one container port");
        assertEquals(httpPort, c.getPorts().get(0).getContainerPort(), layout + ": the container port is quarkus.http.port");
        Service service = Manifests.single(objects, Service.class);
        Deployment d = Manifests.single(objects, Deployment.class);
        assertTrue(selects(service.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels()),
                layout + ": the Service selects the Deployment's pods");
        for (ServicePort p : service.getSpec().getPorts()) {
            assertEquals(httpPort, resolvePort(p.getTargetPort(), c), layout + ": the Service targets the HTTP port");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("NetworkPolicy: ingress only on 8080 from the ingress controller; egress only to the database on 3306 and DNS on 53")
    void networkPolicy(String layout) {
        List<Object> objects = rendered(layout);
        NetworkPolicy np = Manifests.single(objects, NetworkPolicy.class);
        Container c = serviceContainer(layout);
        Map<String, String> podLabels = Manifests.single(objects, Deployment.class).getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(selects(np.getSpec().getPodSelector().getMatchLabels(), podLabels), layout + ": the policy covers the service's pods");
        assertTrue(np.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")), layout + ": ingress and egress both restricted");
        assertFalse(np.getSpec().getIngress().isEmpty());
        for (NetworkPolicyIngressRule rule : np.getSpec().getIngress()) {
            assertFalse(rule.getFrom() == null || rule.getFrom().isEmpty(), layout + ": every ingress rule names its sources");
            rule.getFrom().forEach(peer -> assertNotNull(peer.getNamespaceSelector(), layout + ": ingress from a named namespace"));
            assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(), layout + ": every ingress rule names its ports");
            for (NetworkPolicyPort p : rule.getPorts()) {
                assertEquals(8080, resolvePort(p.getPort(), c), layout + ": ingress only on 8080");
            }
        }
        JsonNode mariadb = Manifests.operatorResources(objects, "MariaDB").get(0);
        String dbName = mariadb.path("metadata").path("name").asText();
        Set<Integer> egressPorts = new TreeSet<>();
        boolean reachesDatabase = false;
        for (NetworkPolicyEgressRule rule : np.getSpec().getEgress()) {
            assertFalse(rule.getTo() == null || rule.getTo().isEmpty(), layout + ": every egress rule names its destinations");
            assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(), layout + ": every egress rule names its ports");
            rule.getPorts().forEach(p -> egressPorts.add(p.getPort().getIntVal()));
            for (var peer : rule.getTo()) {
                assertNull(peer.getIpBlock(), layout + ": no egress to address blocks");
                if (peer.getPodSelector() != null && dbName.equals(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/instance"))) {
                    reachesDatabase = true;
                    assertEquals(List.of(DATABASE_PORT), rule.getPorts().stream().map(p -> p.getPort().getIntVal()).toList(),
                            layout + ": the database only on 3306");
                }
            }
        }
        assertTrue(reachesDatabase, layout + ": egress reaches the pods of MariaDB " + dbName);
        assertEquals(Set.of(DATABASE_PORT, 53), egressPorts, layout + ": egress only to the database and DNS");
    }

    // ---- configuration and secrets --------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("every environment variable and ConfigMap key sets a configuration key the service reads")
    void environmentNames(String layout) {
        List<Object> objects = rendered(layout);
        Container c = serviceContainer(layout);
        Map<String, ConfigMap> configMaps = new HashMap<>();
        Manifests.ofType(objects, ConfigMap.class).forEach(cm -> configMaps.put(cm.getMetadata().getName(), cm));
        List<String> names = new ArrayList<>();
        for (EnvVar e : c.getEnv()) {
            names.add(e.getName());
        }
        for (EnvFromSource from : c.getEnvFrom()) {
            assertNull(from.getPrefix(), layout + ": no prefix on envFrom");
            if (from.getConfigMapRef() != null) {
                ConfigMap cm = configMaps.get(from.getConfigMapRef().getName());
                assertNotNull(cm, layout + ": the ConfigMap " + from.getConfigMapRef().getName() + " is part of the manifests");
                names.addAll(cm.getData().keySet());
            }
        }
        for (ConfigMap cm : configMaps.values()) {
            assertTrue(c.getEnvFrom().stream().anyMatch(f -> f.getConfigMapRef() != null
                    && cm.getMetadata().getName().equals(f.getConfigMapRef().getName())), layout + ": ConfigMap " + cm.getMetadata().getName() + " is used");
        }
        List<String> unknown = names.stream().filter(n -> ServiceConfig.keyOf(n).isEmpty()).toList();
        assertTrue(unknown.isEmpty(), layout + ": names the service reads no key for: " + unknown);
        assertEquals(names.size(), new LinkedHashSet<>(names).size(), layout + ": no variable set twice: " + names);
    }

    @Test
    @DisplayName("the configuration key mapping finds the service's keys, and refuses a misspelt one")
    void configKeyMapping() {
        assertEquals("access.clock-skew", ServiceConfig.keyOf("ACCESS_CLOCK_SKEW").orElseThrow());
        assertEquals("lien.cure-period-days", ServiceConfig.keyOf("LIEN_CURE_PERIOD_DAYS").orElseThrow());
        assertEquals("access.identity-key", ServiceConfig.keyOf("ACCESS_IDENTITY_KEY").orElseThrow());
        assertEquals("mp.jwt.verify.publickey", ServiceConfig.keyOf("MP_JWT_VERIFY_PUBLICKEY").orElseThrow());
        assertTrue(ServiceConfig.keyOf("ACCESS_CLOK_SKEW").isEmpty(), "a misspelt name maps to no key");
        assertTrue(ServiceConfig.keyOf("LIEN_CURE_PERIOD").isEmpty(), "a truncated name maps to no key");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("secrets come from Secret references the README tells operators to create")
    void secretReferences(String layout) {
        List<Object> objects = rendered(layout);
        Container c = serviceContainer(layout);
        Set<String> required = new TreeSet<>();
        Set<String> fromSecrets = new TreeSet<>();
        for (EnvVar e : c.getEnv()) {
            if (e.getValue() != null) {
                fail(layout + ": " + e.getName() + " has a literal value; plain settings belong in the ConfigMap");
            }
            if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                required.add(e.getValueFrom().getSecretKeyRef().getName());
                fromSecrets.add(e.getName());
            }
        }
        assertTrue(fromSecrets.containsAll(List.of("QUARKUS_DATASOURCE_PASSWORD", "ACCESS_IDENTITY_KEY")),
                layout + ": the database password and the identity key come from Secrets");
        assertTrue(fromSecrets.contains("MP_JWT_VERIFY_PUBLICKEY") || fromSecrets.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                layout + ": the token verification key comes from a Secret");
        for (JsonNode user : Manifests.operatorResources(objects, "User")) {
            required.add(user.path("spec").path("passwordSecretKeyRef").path("name").asText());
        }
        for (JsonNode db : Manifests.operatorResources(objects, "MariaDB")) {
            JsonNode root = db.path("spec").path("rootPasswordSecretKeyRef");
            assertFalse(root.isMissingNode(), layout + ": MariaDB names its root password Secret");
            if (!root.path("generate").asBoolean(false)) {
                required.add(root.path("name").asText());
            }
        }
        String readme = Manifests.read(README);
        for (String secret : required) {
            assertTrue(Pattern.compile("create secret generic " + Pattern.quote(secret) + "\\b").matcher(readme).find(),
                    layout + ": README tells operators to create the Secret " + secret);
        }
    }

    // ---- the database ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("a 3-node Galera cluster through the mariadb-operator, with storage and a PDB; the JDBC URL writes through its primary Service")
    void galeraCluster(String layout) {
        List<Object> objects = rendered(layout);
        List<JsonNode> mariadbs = Manifests.operatorResources(objects, "MariaDB");
        assertEquals(1, mariadbs.size(), layout + ": one MariaDB");
        JsonNode db = mariadbs.get(0);
        assertEquals("k8s.mariadb.com/v1alpha1", db.path("apiVersion").asText());
        String name = db.path("metadata").path("name").asText();
        JsonNode spec = db.path("spec");
        assertTrue(spec.path("galera").path("enabled").asBoolean(false), layout + ": Galera enabled");
        int replicas = spec.path("replicas").asInt(0);
        assertTrue(replicas >= 3 && replicas % 2 == 1, layout + ": an odd number of at least 3 nodes (quorum)");
        assertFalse(spec.path("storage").path("size").asText().isEmpty(), layout + ": storage size");
        JsonNode pdb = spec.path("podDisruptionBudget");
        assertTrue(pdb.has("maxUnavailable") || pdb.has("minAvailable"), layout + ": the database has its own PDB");
        if (pdb.has("maxUnavailable")) {
            assertTrue(pdb.path("maxUnavailable").asInt(99) <= replicas / 2, layout + ": a drain keeps the quorum");
        }
        assertTrue(spec.path("affinity").path("antiAffinityEnabled").asBoolean(false), layout + ": one Galera node per Kubernetes node");

        JsonNode database = single(objects, "Database");
        JsonNode user = single(objects, "User");
        JsonNode grant = single(objects, "Grant");
        for (JsonNode sql : List.of(database, user, grant)) {
            assertEquals(name, sql.path("spec").path("mariaDbRef").path("name").asText(),
                    layout + ": " + sql.path("kind").asText() + " refers to MariaDB " + name);
        }
        assertTrue(database.path("spec").path("characterSet").asText().startsWith("utf8mb4"), layout + ": the database is utf8mb4");
        String databaseName = database.path("spec").path("name").asText(database.path("metadata").path("name").asText());
        String userName = user.path("spec").path("name").asText(user.path("metadata").path("name").asText());
        assertEquals(userName, grant.path("spec").path("username").asText(), layout + ": the grant is to the service's user");
        assertEquals(databaseName, grant.path("spec").path("database").asText(), layout + ": the grant is on the service's database");

        String url = configValue(objects, "QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url");
        Matcher m = Pattern.compile("jdbc:mariadb://([^:/,]+):(\\d+)/([^?]+).*").matcher(url);
        assertTrue(m.matches(), layout + ": one host in the JDBC URL: " + url);
        assertEquals(name + "-primary", m.group(1), layout + ": writes go through the operator's primary Service");
        assertEquals(DATABASE_PORT, Integer.parseInt(m.group(2)));
        assertEquals(databaseName, m.group(3), layout + ": the JDBC URL names the operator's Database");
        assertEquals(userName, configValue(objects, "QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username"),
                layout + ": the service connects as the operator's User");
    }

    // ---- the Dockerfile -----------------------------------------------------------------------

    @Test
    @DisplayName("the Dockerfile runs as 185 on port 8080 from a pinned Java 17 runtime, heap from the limit, context kept small")
    void dockerfile() {
        String dockerfile = Manifests.read(DOCKERFILE);
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(dockerfile);
        assertTrue(from.find());
        String image = from.group(1);
        assertTrue(image.contains("openjdk-17-runtime"), "a Java 17 runtime image, no JDK: " + image);
        String tag = image.substring(image.lastIndexOf(':') + 1);
        assertTrue(image.lastIndexOf(':') > image.indexOf('/') && !"latest".equals(tag), "the base image tag is pinned: " + image);
        assertFalse(from.find(), "one stage: built from ./mvnw package output, no build tools in the image");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        String lastUser = null;
        while (user.find()) {
            lastUser = user.group(1);
        }
        assertEquals(String.valueOf(NON_ROOT_USER), lastUser, "the image runs as 185");
        assertEquals(NON_ROOT_USER, podSpec(BASE).getSecurityContext().getRunAsUser().intValue(), "the pod runs as the image's user");
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(dockerfile);
        assertTrue(expose.find());
        assertEquals(serviceContainer(BASE).getPorts().get(0).getContainerPort().intValue(), Integer.parseInt(expose.group(1)),
                "the image exposes the container port");
        for (String layer : List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                "target/quarkus-app/quarkus/")) {
            assertTrue(Pattern.compile("(?m)^COPY --chown=185 " + Pattern.quote(layer)).matcher(dockerfile).find(),
                    "layer copied, owned by 185: " + layer);
        }
        assertTrue(dockerfile.indexOf("quarkus-app/lib/") < dockerfile.indexOf("quarkus-app/app/"),
                "dependencies before the application, so a code change keeps the dependency layer");
        Matcher ram = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)").matcher(dockerfile);
        assertTrue(ram.find(), "the heap follows the container's memory limit");
        assertTrue(Double.parseDouble(ram.group(1)) <= 75, "room is left beside the heap");
        assertFalse(Pattern.compile("(?im)^(ENV|ARG)\\s+\\S*(PASSWORD|SECRET|IDENTITY_KEY)").matcher(dockerfile).find(),
                "no secret in the image");
        List<String> ignore = Manifests.read(Manifests.ROOT.resolve(".dockerignore")).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(List.of("*", "!target/quarkus-app/"), ignore, ".dockerignore sends only target/quarkus-app");
    }

    // ---- helpers ------------------------------------------------------------------------------

    static PodSpec podSpec(String layout) {
        return Manifests.single(rendered(layout), Deployment.class).getSpec().getTemplate().getSpec();
    }

    static Container serviceContainer(String layout) {
        List<Container> containers = podSpec(layout).getContainers();
        assertEquals(1, containers.size(), layout + ": one container, the service");
        return containers.get(0);
    }

    static List<Container> allContainers(PodSpec pod) {
        List<Container> all = new ArrayList<>(pod.getContainers());
        if (pod.getInitContainers() != null) {
            all.addAll(pod.getInitContainers());
        }
        return all;
    }

    static void assertProbe(String layout, String which, Probe probe, String path, Container c) {
        assertNotNull(probe, layout + ": " + which + " probe");
        assertNotNull(probe.getHttpGet(), layout + ": " + which + " probe is an HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath(), layout + ": " + which + " probe path");
        assertEquals(c.getPorts().get(0).getContainerPort().intValue(), resolvePort(probe.getHttpGet().getPort(), c),
                layout + ": " + which + " probe on the HTTP port");
    }

    static int resolvePort(IntOrString port, Container c) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()))
                .getContainerPort();
    }

    static int count(IntOrString value, int total) {
        assertNotNull(value);
        if (value.getIntVal() != null) {
            return value.getIntVal();
        }
        String s = value.getStrVal();
        assertTrue(s.endsWith("%"), "a count or a percentage: " + s);
        return (int) Math.floor(total * Integer.parseInt(s.substring(0, s.length() - 1)) / 100.0);
    }

    static long preStopSeconds(Container c) {
        var preStop = c.getLifecycle() == null ? null : c.getLifecycle().getPreStop();
        if (preStop == null) {
            return 0;
        }
        if (preStop.getSleep() != null) {
            return preStop.getSleep().getSeconds();
        }
        List<String> command = preStop.getExec().getCommand();
        assertEquals("sleep", command.get(0), "preStop sleeps");
        return Long.parseLong(command.get(1));
    }

    static BigDecimal bytes(Quantity q) {
        return Quantity.getAmountInBytes(q);
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty()
                && selector.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    static JsonNode single(List<Object> objects, String kind) {
        List<JsonNode> found = Manifests.operatorResources(objects, kind);
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    /** A setting as the pod gets it: from the ConfigMap it loads, else application.properties. */
    static String configValue(List<Object> objects, String env, String key) {
        for (ConfigMap cm : Manifests.ofType(objects, ConfigMap.class)) {
            if (cm.getData() != null && cm.getData().containsKey(env)) {
                return cm.getData().get(env);
            }
        }
        return ServiceConfig.production(key).orElseThrow(() -> new AssertionError(env + " is set nowhere"));
    }

    static String kindAndName(Object o) {
        if (o instanceof JsonNode n) {
            return n.path("kind").asText() + "/" + n.path("metadata").path("name").asText();
        }
        var meta = (io.fabric8.kubernetes.api.model.HasMetadata) o;
        return meta.getKind() + "/" + meta.getMetadata().getName();
    }
}
