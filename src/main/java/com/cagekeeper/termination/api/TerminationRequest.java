package com.cagekeeper.termination.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.termination.application.ForceMajeureService;
import com.cagekeeper.termination.application.TerminationService;
import com.cagekeeper.termination.domain.Party;
import com.cagekeeper.termination.domain.TerminationBasis;
import com.cagekeeper.termination.domain.TerminationCause;

/** Requests about terminations, breaches and force majeure (§7.2-§7.4, §12.4). */
public final class TerminationRequest {

    private TerminationRequest() {
    }

    /** Terminates an order. */
    @Schema(name = "CreateTermination")
    public record Create(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String orderId,
            @NotNull @Schema(description = "WITHOUT_CAUSE (§7.2), FOR_CAUSE (§7.3) or FORCE_MAJEURE (§12.4)") TerminationBasis basis,
            @Schema(description = "The party that terminates; required for provider staff, CUSTOMER (or absent) for a customer token") Party terminatingParty,
            @Schema(description = "FOR_CAUSE: which of §7.3(a)-(e)") TerminationCause cause,
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "The TERMINATION notice given by the terminating party (TO_CUSTOMER from the provider, FROM_CUSTOMER from the customer), deemed given (§12.7) on or after the order's activation, backing no other termination; required WITHOUT_CAUSE and FOR_CAUSE other than MATERIAL_BREACH") String noticeId,
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "FOR_CAUSE MATERIAL_BREACH: the other party's noticed breach of this order") String breachId,
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "FORCE_MAJEURE: the event affecting this order") String forceMajeureEventId,
            @Schema(description = "The day the customer's rights cease (the order ends at its start); required WITHOUT_CAUSE, at least 80 days after the notice's deemed date; otherwise today at the order's facility when absent. From today to the day the term runs out.", example = "2027-03-01") LocalDate effectiveOn,
            @Size(max = 500) @Schema(example = "Consolidating into ATL2") String reason) {

        TerminationService.Request request() {
            return new TerminationService.Request(orderId, basis, terminatingParty, cause, noticeId, breachId,
                    forceMajeureEventId, effectiveOn, reason);
        }
    }

    /** §7.3(a): a material breach, on the BREACH notice of it. */
    @Schema(name = "CreateBreach")
    public record Breach(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String orderId,
            @NotNull @Schema(description = "The party in breach") Party breachingParty,
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "The BREACH notice the other party gave (TO_CUSTOMER for the customer's breach, FROM_CUSTOMER for the provider's), deemed given on or after the order's activation, backing no other breach") String noticeId,
            @NotBlank @Size(max = 1000) @Schema(example = "Power draw above the contracted 8 kW for three months") String description) {

        TerminationService.BreachNotice notice() {
            return new TerminationService.BreachNotice(orderId, breachingParty, noticeId, description);
        }
    }

    /** §7.3(a): the breach was cured. */
    @Schema(name = "CreateBreachCure")
    public record Cure(
            @Schema(description = "Defaults to today in the customer's time zone; not after it", example = "2026-12-20") LocalDate curedOn,
            @Size(max = 1000) @Schema(example = "Power draw back under 8 kW, confirmed by metering") String note) {
    }

    /** §12.4: a force majeure event. */
    @Schema(name = "CreateForceMajeureEvent")
    public record Event(
            @NotBlank @Size(max = 1000) @Schema(example = "Utility outage after the flood of the Chattahoochee") String description,
            @NotNull @Schema(description = "Its first day; not after today", example = "2027-01-04") LocalDate startedOn,
            @Schema(description = "Its last day, when it is over already; absent while ongoing") LocalDate endedOn,
            @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String> facilityIds,
            @Size(max = 500) @Schema(description = "The orders it affects: those that may be cancelled for it") List<@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String> orderIds) {

        ForceMajeureService.Recording recording() {
            return new ForceMajeureService.Recording(description, startedOn, endedOn, facilityIds, orderIds);
        }
    }

    /** §12.4: the event is over. */
    @Schema(name = "CreateForceMajeureEnd")
    public record End(
            @Schema(description = "Its last day; today at its (first) facility when absent", example = "2027-02-05") LocalDate endedOn) {
    }
}
