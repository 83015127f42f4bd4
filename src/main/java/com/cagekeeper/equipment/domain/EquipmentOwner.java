package com.cagekeeper.equipment.domain;

/** Who owns an equipment item: provider-owned items are surrendered at the end (§7.6(iii)). */
public enum EquipmentOwner {
    CUSTOMER, PROVIDER
}
