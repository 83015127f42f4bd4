package com.cagekeeper.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One append-only line of the audit trail: who did what, when, to which object, why,
 * with the object's representation before and after (§8, §12.7; DOMAIN rule 32).
 */
@Entity
@Table(name = "audit_records")
public class AuditRecord extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;
    public Instant at;
    public String actorSubject;
    public String actorRoles;
    public String objectType;
    public String objectId;
    public String action;
    public String reason;
    @Column(name = "before_json", columnDefinition = "mediumtext")
    public String beforeJson;
    @Column(name = "after_json", columnDefinition = "mediumtext")
    public String afterJson;
}
