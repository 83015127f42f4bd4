package com.cagekeeper.notice.domain;

/** Who gave a written notice (§12.7): the provider to the customer, or the customer to the provider. */
public enum NoticeDirection {
    TO_CUSTOMER, FROM_CUSTOMER
}
