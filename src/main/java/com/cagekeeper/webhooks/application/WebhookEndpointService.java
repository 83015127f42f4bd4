package com.cagekeeper.webhooks.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.CustomerOwned;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.webhooks.domain.AddressResolver;
import com.cagekeeper.webhooks.domain.DeliveryAttempt;
import com.cagekeeper.webhooks.domain.DeliveryOutcome;
import com.cagekeeper.webhooks.domain.EventSource;
import com.cagekeeper.webhooks.domain.RetrySchedule;
import com.cagekeeper.webhooks.domain.WebhookEndpoint;
import com.cagekeeper.webhooks.domain.WebhookEndpointState;
import com.cagekeeper.webhooks.domain.WebhookEvent;
import com.cagekeeper.webhooks.domain.WebhookSecret;
import com.cagekeeper.webhooks.domain.WebhookSender;
import com.cagekeeper.webhooks.domain.WebhookSettings;
import com.cagekeeper.webhooks.domain.WebhookTarget;

/**
 * Webhook endpoints and their delivery ledger. Each use case is one short transaction with its
 * audit record; deliveries themselves run outside any transaction ({@link WebhookDispatcher}):
 * a claim is taken in one, the HTTP call made, and the attempt recorded in another.
 */
@ApplicationScoped
public class WebhookEndpointService {

    static final String TYPE = "WebhookEndpoint";
    static final String ATTEMPT = "WebhookDeliveryAttempt";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    CustomerService customers;
    @Inject
    EventSource events;
    @Inject
    AddressResolver resolver;
    @Inject
    WebhookSettings settings;

    /** What is registered: a customer token for itself; operations for a customer, or provider-wide. */
    public record Registration(String customerId, String url, List<String> eventTypes, String secret,
            String description) {
    }

    /** What a replica holds while it delivers to an endpoint. */
    public record Claimed(String id, String customerId, String url, List<String> types, String secret,
            long deliveredPosition, int headAttempts, Instant until) {
    }

    /** A failed attempt to send again, and the endpoint claimed for it. */
    public record Redelivery(Claimed endpoint, String eventId, String eventType, long eventPosition) {
    }

    /**
     * Registers an endpoint. Its URL must be a public https target (422 naming {@code url}),
     * its event types known (422 naming {@code eventTypes}); a secret is generated when none is
     * given. Delivery starts with the events committed after the registration.
     */
    @Transactional
    public WebhookEndpointView register(Registration r) {
        Actor actor = current.actor();
        String customerId = owner(actor, r.customerId());
        RuleViolation.unprocessableIf(WebhookTarget.refusal(r.url(), settings.allowPrivateTargets(), resolver));
        List<String> types = r.eventTypes() == null ? List.of() : new ArrayList<>(new TreeSet<>(r.eventTypes()));
        for (String type : types) {
            if (!events.types().contains(type)) {
                throw RuleViolation.unprocessable(new Rejection("WEBHOOK_EVENT_TYPE_UNKNOWN", null,
                        "There is no event type " + type + "; known types: " + new TreeSet<>(events.types()))
                        .at("eventTypes"));
            }
        }
        String secret = r.secret();
        if (secret == null) {
            secret = WebhookSecret.generate();
        } else {
            RuleViolation.unprocessableIf(WebhookSecret.refusal(secret));
        }
        Instant now = clock.instant();
        WebhookEndpoint e = WebhookEndpoint.register(Ids.newId(clock), now, customerId, r.url(), types, secret,
                r.description(), events.lastPosition(), actor.subject());
        e.persist();
        WebhookEndpointView after = WebhookEndpointView.of(e);
        audit.record(actor, TYPE, e.id, "WEBHOOK_ENDPOINT_REGISTERED", r.description(), null, after);
        return WebhookEndpointView.of(e, true);
    }

    private String owner(Actor actor, String requested) {
        if (actor.tenant().isEmpty() && requested == null) {
            return null; // provider-wide: every event
        }
        String customerId = Ids.canonical(actor.tenant().isPresent() ? actor.actingFor(requested) : requested);
        if (customers.account(customerId, actor).isEmpty()) {
            throw RuleViolation.unprocessable(new Rejection("CUSTOMER_UNKNOWN", null,
                    "Customer " + requested + " does not exist.").at("customerId"));
        }
        return customerId;
    }

    @Transactional
    public WebhookEndpointView get(String id) {
        return WebhookEndpointView.of(load(id));
    }

    @Transactional
    public Page<WebhookEndpointView> list(String customerId, WebhookEndpointState state, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(new ArrayList<>(), null);
        }
        return new Where().eq("e.customerId", actor.tenant().orElse(customerId)).eq("e.state", state)
                .page(WebhookEndpoint.class, page, WebhookEndpointView::of);
    }

    /** Stops deliveries; the events wait, in order, until the endpoint is enabled again. */
    @Transactional
    public WebhookEndpointView disable(String id, Long expectedVersion, String reason) {
        WebhookEndpoint e = load(id);
        StaleVersion.check(expectedVersion, e.version);
        RuleViolation.conflictIf(e.disableRefusal());
        Actor actor = current.actor();
        WebhookEndpointView before = WebhookEndpointView.of(e);
        e.disable("Disabled by " + actor.subject() + (reason == null ? "" : ": " + reason), clock.instant());
        return audit.change(actor, TYPE, e.id, "WEBHOOK_ENDPOINT_DISABLED", reason, before,
                () -> WebhookEndpointView.of(e));
    }

    /** Resumes deliveries at the event it stopped at, at once, with a fresh retry schedule. */
    @Transactional
    public WebhookEndpointView enable(String id, Long expectedVersion) {
        WebhookEndpoint e = load(id);
        StaleVersion.check(expectedVersion, e.version);
        RuleViolation.conflictIf(e.enableRefusal());
        Actor actor = current.actor();
        WebhookEndpointView before = WebhookEndpointView.of(e);
        e.enable(clock.instant());
        return audit.change(actor, TYPE, e.id, "WEBHOOK_ENDPOINT_ENABLED", null, before,
                () -> WebhookEndpointView.of(e));
    }

    /** The endpoint's delivery attempts, oldest first, by event and outcome. */
    @Transactional
    public Page<DeliveryAttemptView> attempts(String endpointId, String eventId, DeliveryOutcome outcome,
            PageRequest page) {
        WebhookEndpoint e = load(endpointId);
        return new Where().eq("e.endpointId", e.id).eq("e.eventId", eventId == null ? null : Ids.canonical(eventId))
                .eq("e.outcome", outcome).page(DeliveryAttempt.class, page, DeliveryAttemptView::of);
    }

    @Transactional
    public DeliveryAttemptView attempt(String endpointId, String attemptId) {
        return DeliveryAttemptView.of(loadAttempt(load(endpointId), attemptId));
    }

    /**
     * Claims the endpoint for a redelivery of a failed attempt: only of the caller's own endpoint
     * (404 otherwise), only of a failed attempt, only while the endpoint is enabled and no
     * delivery to it is under way (409), so its events still arrive one at a time.
     */
    @Transactional
    public Redelivery claimRedelivery(String endpointId, String attemptId, String by) {
        WebhookEndpoint e = load(endpointId);
        DeliveryAttempt a = loadAttempt(e, attemptId);
        RuleViolation.conflictIf(a.redeliveryRefusal());
        RuleViolation.conflictIf(e.redeliveryRefusal());
        Instant now = clock.instant();
        if (!WebhookEndpoint.claim(e.id, by, now, now.plus(settings.lease()))) {
            throw RuleViolation.conflict("WEBHOOK_DELIVERY_IN_PROGRESS", null,
                    "A delivery to this endpoint is under way; ask again in a moment.");
        }
        return new Redelivery(claimed(e, now.plus(settings.lease())), a.eventId, a.eventType, a.eventPosition);
    }

    /** Takes the claim on an enabled endpoint for one delivery round; empty when another holds it. */
    @Transactional
    public Optional<Claimed> claim(String endpointId, String by) {
        Instant now = clock.instant();
        Instant until = now.plus(settings.lease());
        if (!WebhookEndpoint.claim(endpointId, by, now, until)) {
            return Optional.empty();
        }
        WebhookEndpoint e = WebhookEndpoint.findById(endpointId);
        return Optional.of(claimed(e, until));
    }

    /** Enabled endpoints whose next delivery may be due and that no replica holds, by id after {@code afterId}. */
    @Transactional
    public List<WebhookEndpoint.Due> due(String afterId, int limit) {
        return WebhookEndpoint.due(clock.instant(), afterId, limit);
    }

    @Transactional
    public void release(String endpointId, String by) {
        WebhookEndpoint.release(endpointId, by);
    }

    /**
     * Records one attempt. Delivered: the endpoint moves past the event. Failed on the schedule:
     * the next try waits the retry delay, or the endpoint is disabled once the give-up time has
     * passed since the event first failed (with an audit record naming the event and the error).
     * A failed redelivery changes no schedule. Answers the attempt and whether delivery may go on.
     */
    @Transactional
    public DeliveryAttemptView record(String endpointId, WebhookEvent event, boolean redelivery,
            WebhookSender.Sent sent) {
        WebhookEndpoint e = WebhookEndpoint.findById(endpointId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        int attempt = (int) DeliveryAttempt.attemptsOf(e.id, event.id()) + 1;
        DeliveryAttempt a = DeliveryAttempt.of(Ids.newId(clock), e, event, attempt, redelivery, now, sent);
        a.persist();
        boolean head = event.position() > e.deliveredPosition && e.state == WebhookEndpointState.ENABLED;
        if (sent.delivered()) {
            e.delivered(event.position(), now);
        } else if (head && !redelivery) {
            WebhookEndpointView before = WebhookEndpointView.of(e);
            String error = sent.statusCode() != null ? "HTTP " + sent.statusCode() : sent.error();
            if (e.failed(event.id(), event.type(), error, now, settings.giveUpAfter(),
                    RetrySchedule.delay(e.headAttempts + 1, ThreadLocalRandom.current()::nextDouble))) {
                audit.change(Actor.SYSTEM, TYPE, e.id, "WEBHOOK_ENDPOINT_DISABLED", e.disabledReason, before,
                        () -> WebhookEndpointView.of(e));
            }
        }
        return DeliveryAttemptView.of(a);
    }

    private static Claimed claimed(WebhookEndpoint e, Instant until) {
        return new Claimed(e.id, e.customerId, e.url, e.types(), e.secret, e.deliveredPosition, e.headAttempts, until);
    }

    private WebhookEndpoint load(String id) {
        return CustomerOwned.find(WebhookEndpoint.class, TYPE, id, LockModeType.NONE, e -> e.customerId,
                current.actor());
    }

    private static DeliveryAttempt loadAttempt(WebhookEndpoint e, String attemptId) {
        DeliveryAttempt a = Ids.isWellFormed(attemptId) ? DeliveryAttempt.findById(Ids.canonical(attemptId)) : null;
        if (a == null || !a.endpointId.equals(e.id)) {
            throw new NotFound(ATTEMPT, attemptId);
        }
        return a;
    }

}
