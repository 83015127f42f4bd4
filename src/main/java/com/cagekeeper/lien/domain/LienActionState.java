package com.cagekeeper.lien.domain;

/** Whether a lien action stands (§3.5) or was released on payment (rule 16). */
public enum LienActionState {
    STANDING, RELEASED
}
