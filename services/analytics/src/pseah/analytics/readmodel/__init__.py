"""Read models over the streams: one small document per case, one counter document per table and month."""
