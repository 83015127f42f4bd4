package com.cagekeeper.desk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.shared.domain.IdentityDocument;

@DisplayName("The desk's lookup: an id, a document number or a name; a document number is never shown back")
class LookupTest {

    @Test
    @DisplayName("with a document type chosen the text is a document number, shown only as four stars and its last four characters")
    void documentNumber() {
        Lookup l = Lookup.of(" P-88234821 ", "PASSPORT");
        assertEquals(Lookup.Kind.DOCUMENT, l.kind());
        assertEquals(IdentityDocument.Type.PASSPORT, l.documentType());
        assertEquals("****4821", l.shown());
        assertFalse(l.shown().contains("8823"));
    }

    @Test
    @DisplayName("a short document number shows two characters or none, never most of it")
    void shortNumbers() {
        assertEquals("****56", Lookup.masked("123456"));
        assertEquals("****", Lookup.masked("123"));
        assertEquals("****", Lookup.masked(""));
    }

    @Test
    @DisplayName("without a document type a well-formed id is an id (any case), anything else part of a name")
    void idOrName() {
        Lookup id = Lookup.of("0190C7A4-0000-7000-8000-0000000005A1", "");
        assertEquals(Lookup.Kind.ID, id.kind());
        assertEquals("0190c7a4-0000-7000-8000-0000000005a1", id.text());
        assertEquals(Lookup.Kind.NAME, Lookup.of("Okafor", null).kind());
        assertEquals(Lookup.Kind.NAME, Lookup.of("Okafor", "NOT_A_TYPE").kind(), "an unknown type is ignored");
        assertEquals(Lookup.Kind.NONE, Lookup.of("   ", "PASSPORT").kind());
    }

    @Test
    @DisplayName("a one-letter name and an overlong text are refused with a sentence; a proper name is not")
    void refusals() {
        assertTrue(Lookup.of("O", null).refusal().isPresent());
        assertTrue(Lookup.of("x".repeat(Lookup.MAX_LENGTH + 1), null).refusal().isPresent());
        assertTrue(Lookup.of("Ok", null).refusal().isEmpty());
    }
}
