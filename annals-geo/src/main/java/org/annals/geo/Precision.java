package org.annals.geo;

/** How precisely a resolved toponym locates something, finest first. */
public enum Precision {
  CITY,
  ADMIN2,
  ADMIN1,
  COUNTRY,
  REGION,
  WATER
}
