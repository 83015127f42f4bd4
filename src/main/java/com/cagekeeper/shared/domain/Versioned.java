package com.cagekeeper.shared.domain;

/** A resource representation with an id and the version its ETag carries. */
public interface Versioned {

    String id();

    long version();
}
