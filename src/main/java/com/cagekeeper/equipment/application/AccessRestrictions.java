package com.cagekeeper.equipment.application;

/**
 * Whether the provider restricts the customer's access to a space while enforcing its lien
 * (§3.5(a)): then the customer cannot take its equipment out of it. Declared here so that the
 * lien feature answers it without equipment depending on that feature.
 */
public interface AccessRestrictions {

    boolean restricted(String spaceId);
}
