package com.cagekeeper.billing.application;

/**
 * Whether a lien action (§3.5: restricted access or possession of equipment) stands against
 * the customer: an input of its standing ({@code StandingPolicy}). Declared here so that the
 * lien feature can answer it without billing depending on that feature; until a bean of the
 * lien feature implements it, {@link NoLienActions} answers that none stands.
 */
public interface LienStanding {

    boolean lienActionStanding(String customerId);
}
