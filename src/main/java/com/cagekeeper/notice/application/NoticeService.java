package com.cagekeeper.notice.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.notice.domain.Delivery;
import com.cagekeeper.notice.domain.Notice;
import com.cagekeeper.notice.domain.NoticeDirection;
import com.cagekeeper.shared.persistence.CustomerOwned;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.NoticeSubject;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;

/**
 * Written notices (§12.7): recorded by operations when given or received, often after the
 * fact; the delivery or receipt of a courier or certified mail is added when it becomes
 * known. Every date is the customer's local date, counted in its time zone.
 */
@ApplicationScoped
public class NoticeService {

    static final String TYPE = "Notice";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    CustomerService customers;

    /** A notice to record: for whom, which way, about what, and how it travelled. */
    public record Recording(String customerId, NoticeDirection direction, NoticeSubject subject, String text,
            String documentReference, Delivery delivery) {
    }

    @Transactional
    public NoticeView record(Recording r) {
        String text = blankToNull(r.text());
        String document = blankToNull(r.documentReference());
        RuleViolation.unprocessableIf(Notice.contentRefusal(text, document));
        RuleViolation.unprocessableIf(Notice.datesApplicabilityRefusal(r.delivery()));
        Actor actor = current.actor();
        var account = customers.account(r.customerId(), actor).orElseThrow(() -> RuleViolation
                .unprocessable("CUSTOMER_UNKNOWN", null, "Customer " + r.customerId() + " does not exist."));
        RuleViolation.unprocessableIf(Notice.datesRefusal(r.delivery(), account.today()));
        Notice n = Notice.record(Ids.newId(clock), clock.instant(), account.customerId(),
                new Notice.Content(r.direction(), r.subject(), text, document, r.delivery()), actor.subject());
        n.persist();
        NoticeView after = NoticeView.of(n);
        audit.record(actor, TYPE, n.id, "NOTICE_RECORDED", r.subject() + " " + r.direction(), null, after);
        return after;
    }

    /** §12.7(ii): the courier delivered the notice; it is deemed given on that date. */
    @Transactional
    public NoticeView delivered(String id, Long expectedVersion, LocalDate deliveredOn) {
        Notice n = lock(id);
        StaleVersion.check(expectedVersion, n.version);
        RuleViolation.conflictIf(n.deliveryRefusal());
        Delivery d = new Delivery(n.deliveryMethod, n.sentOn, deliveredOn, n.receivedOn);
        RuleViolation.unprocessableIf(Notice.datesRefusal(d, today(n)));
        NoticeView before = NoticeView.of(n);
        n.delivered(deliveredOn, clock.instant());
        return audit.change(current.actor(), TYPE, n.id, "NOTICE_DELIVERED", null, before, () -> NoticeView.of(n));
    }

    /** §12.7(iii): the certified mail was received (its return receipt); it is deemed given on that date. */
    @Transactional
    public NoticeView received(String id, Long expectedVersion, LocalDate receivedOn) {
        Notice n = lock(id);
        StaleVersion.check(expectedVersion, n.version);
        RuleViolation.conflictIf(n.receiptRefusal());
        Delivery d = new Delivery(n.deliveryMethod, n.sentOn, n.deliveredOn, receivedOn);
        RuleViolation.unprocessableIf(Notice.datesRefusal(d, today(n)));
        NoticeView before = NoticeView.of(n);
        n.received(receivedOn, clock.instant());
        return audit.change(current.actor(), TYPE, n.id, "NOTICE_RECEIVED", null, before, () -> NoticeView.of(n));
    }

    @Transactional
    public NoticeView get(String id) {
        return NoticeView.of(load(id));
    }

    @Transactional
    public Page<NoticeView> list(String customerId, NoticeSubject subject, NoticeDirection direction,
            PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        return new Where().eq("e.customerId", actor.tenant().orElse(customerId)).eq("e.subject", subject)
                .eq("e.direction", direction).page(Notice.class, page, NoticeView::of);
    }

    /**
     * §12.7: the notices of a subject given to the customer (TO_CUSTOMER) that are deemed given,
     * oldest deemed date first (ties by recording order). A notice whose date is unknown starts
     * no clock and is left out. A customer token sees only its own.
     */
    @Transactional
    public List<NoticeView> deemedNotices(String customerId, NoticeSubject subject) {
        if (!Ids.isWellFormed(customerId) || !CurrentActor.orSystem(current).maySee(customerId)) {
            return List.of();
        }
        return Notice.<Notice>find("customerId = ?1 and subject = ?2 and direction = ?3 and deemedGivenOn is not null"
                + " order by deemedGivenOn, id", Ids.canonical(customerId), subject, NoticeDirection.TO_CUSTOMER)
                .list().stream()
                .map(NoticeView::of).toList();
    }

    /**
     * The customer's notice of a subject given by one party to the other (§12.7), for features that
     * act on a notice a request names; empty when it is absent, another customer's, about another
     * subject or given the other way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<NoticeView> given(String noticeId, String customerId, NoticeSubject subject,
            boolean byCustomer) {
        Notice n = Ids.isWellFormed(noticeId) ? Notice.findById(Ids.canonical(noticeId)) : null;
        NoticeDirection way = byCustomer ? NoticeDirection.FROM_CUSTOMER : NoticeDirection.TO_CUSTOMER;
        return n == null || !n.customerId.equals(Ids.canonical(customerId)) || n.subject != subject
                || n.direction != way ? java.util.Optional.empty() : java.util.Optional.of(NoticeView.of(n));
    }

    private LocalDate today(Notice n) {
        return customers.account(n.customerId, Actor.SYSTEM).orElseThrow().today();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private Notice lock(String id) {
        return CustomerOwned.find(Notice.class, TYPE, id, LockModeType.PESSIMISTIC_WRITE, n -> n.customerId,
                current.actor());
    }

    private Notice load(String id) {
        return CustomerOwned.find(Notice.class, TYPE, id, LockModeType.NONE, n -> n.customerId, current.actor());
    }
}
