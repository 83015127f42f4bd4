package com.cagekeeper.visit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.IdentityDocument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A named visitor on a visit: not on the customer's access list (rule 9). Its id is what the door checks. */
@Entity
@Table(name = "visitors")
public class Visitor extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;
    @Column(name = "visit_id")
    public String visitId;
    public int position;
    public String name;
    public String employer;
    @Enumerated(EnumType.STRING)
    public IdentityDocument.Type idDocumentType;
    public String idDocumentHash;
    @Column(name = "id_document_last4")
    public String idDocumentLast4;
}
