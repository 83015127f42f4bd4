package com.cagekeeper.notice.domain;

import java.time.LocalDate;

/** How a notice travelled and the dates known of it: sent, delivered (courier), received (certified mail). */
public record Delivery(DeliveryMethod method, LocalDate sentOn, LocalDate deliveredOn, LocalDate receivedOn) {
}
