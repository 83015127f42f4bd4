package com.cagekeeper.order.application;

import java.util.List;

import com.cagekeeper.shared.domain.Actor;

/**
 * §7.6, §3.2: an order's spaces now await restoration (it was terminated, ran out or its
 * underlying lease ended), so nothing may still be moved out of them under that order. Declared
 * here so that the relocation feature answers it (cancelling its open relocations from these
 * spaces) without the order depending on that feature. Called in the ending transaction, after
 * the order and its spaces are locked.
 */
public interface OrderSpacesReleased {

    void spacesReleased(String orderId, List<String> spaceIds, Actor actor, String reason);
}
