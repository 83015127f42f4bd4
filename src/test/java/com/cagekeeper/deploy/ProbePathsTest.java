package com.cagekeeper.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.quarkus.test.junit.QuarkusTest;

/** The paths the Deployment's probes call are served by the service, and answer UP when it is healthy. */
@QuarkusTest
@DisplayName("Deployment probes: the service serves the paths k8s/ probes")
class ProbePathsTest {

    @Test
    @DisplayName("startup, readiness and liveness paths of the Deployment answer 200 UP")
    void probePathsAnswer() {
        Container c = KubernetesManifestsTest.serviceContainer(KubernetesManifestsTest.BASE);
        for (Probe probe : List.of(c.getStartupProbe(), c.getReadinessProbe(), c.getLivenessProbe())) {
            given().when().get(probe.getHttpGet().getPath())
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
