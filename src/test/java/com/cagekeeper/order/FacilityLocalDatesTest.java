package com.cagekeeper.order;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Dates the contract counts are the facility's local dates (§7.1, §3.4), around local midnight")
class FacilityLocalDatesTest {

    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String spaceIn(ZoneId zone) {
        Map<String, Object> facility = new HashMap<>(Fixtures.facilityBody(Fixtures.code("F", 8)));
        facility.put("timeZone", zone.getId());
        String facilityId = Fixtures.create("/api/v1/facilities", facility);
        return Fixtures.space(facilityId);
    }

    private void standAtLocal(LocalDateTime local, ZoneId zone) {
        clock.standAt(local.atZone(zone).toInstant());
    }

    @ParameterizedTest(name = "§7.1 at {1} in {0} an order activated today is activated on the facility's local date, not UTC's")
    @CsvSource({ "Pacific/Auckland, 00:30", "America/Los_Angeles, 23:30" })
    void activationDateIsLocal(String zoneId, String time) {
        ZoneId zone = ZoneId.of(zoneId);
        String order = Fixtures.order(Fixtures.customer(), spaceIn(zone));
        LocalDate local = LocalDate.now(zone).plusDays(3);
        standAtLocal(local.atTime(java.time.LocalTime.parse(time)), zone);
        as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", order).then().statusCode(200)
                .body("activationDate", equalTo(local.toString()));
    }

    @Test
    @DisplayName("§3.4 an underlying lease ending today in Auckland at 00:30 local is today there (accepted), though tomorrow in UTC")
    void aucklandLeaseEndToday() {
        var t = tenancyIn(AUCKLAND);
        LocalDate local = LocalDate.now(AUCKLAND).plusDays(3);
        standAtLocal(local.atTime(0, 30), AUCKLAND);
        leaseEnd(t, local).statusCode(200);
    }

    @Test
    @DisplayName("§3.4 at 23:30 in Los Angeles, a lease end dated tomorrow there (already today in UTC) is in the future: 422")
    void losAngelesLeaseEndTomorrow() {
        var t = tenancyIn(LOS_ANGELES);
        LocalDate local = LocalDate.now(LOS_ANGELES).plusDays(3);
        standAtLocal(local.atTime(23, 30), LOS_ANGELES);
        leaseEnd(t, local.plusDays(1)).statusCode(422);
        leaseEnd(t, local).statusCode(200);
    }

    private static String tenancyIn(ZoneId zone) {
        String space = spaceIn(zone);
        Fixtures.activeOrder(Fixtures.customer(), space);
        return space;
    }

    private static io.restassured.response.ValidatableResponse leaseEnd(String space, LocalDate on) {
        return as(OPERATIONS).body(Map.of("effectiveDate", on.toString(), "reason", "Landlord lease ended"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", space).then();
    }
}
