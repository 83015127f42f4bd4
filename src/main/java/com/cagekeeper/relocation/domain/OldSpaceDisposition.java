package com.cagekeeper.relocation.domain;

/** What becomes of the space the equipment left, as operations decides at completion (rule 20). */
public enum OldSpaceDisposition {
    /** The space must be restored before it is offered again (§3.3, §7.6(iv)). */
    RESTORATION_DUE,
    /** The space is offered again at once (OUT_OF_SERVICE instead when its underlying lease has ended, §3.4). */
    AVAILABLE
}
