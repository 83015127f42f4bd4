package com.cagekeeper.billing.application;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** No lien action stands against anyone: the answer until the lien feature provides its own {@link LienStanding}. */
@DefaultBean
@ApplicationScoped
public class NoLienActions implements LienStanding {

    @Override
    public boolean lienActionStanding(String customerId) {
        return false;
    }
}
