package com.cagekeeper.webhooks.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name to every address it has (DNS), so each can be checked. */
public interface AddressResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
