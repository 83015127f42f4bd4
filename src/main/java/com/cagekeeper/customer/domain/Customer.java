package com.cagekeeper.customer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Address;
import com.cagekeeper.shared.persistence.BaseEntity;

/** The party to the master services agreement. */
@Entity
@Table(name = "customers")
public class Customer extends BaseEntity {

    public String code;
    public String legalName;
    /** Where written notices are delivered (§12.7). */
    @Embedded
    public Address noticeAddress;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_contacts", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    public List<Contact> contacts = new ArrayList<>();

    public static Customer register(String id, Instant now, String code, String legalName, Address noticeAddress,
            List<Contact> contacts) {
        Customer c = new Customer();
        c.stampCreated(id, now);
        c.code = code;
        c.describe(legalName, noticeAddress, contacts);
        return c;
    }

    public void describe(String legalName, Address noticeAddress, List<Contact> contacts) {
        this.legalName = legalName;
        this.noticeAddress = noticeAddress;
        this.contacts.clear();
        this.contacts.addAll(contacts == null ? List.of() : contacts);
    }

    /** Standing derived from obligations; billing and liens refine it as they arrive. */
    public Standing standing() {
        return Standing.GOOD;
    }

    public static Customer byCode(String code) {
        return find("code", code).firstResult();
    }
}
