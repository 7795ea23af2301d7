"""Operations: backup and restore of the store and the key material, master-key rotation (`pseah ops ...`)."""
