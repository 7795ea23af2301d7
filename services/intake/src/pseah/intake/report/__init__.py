"""Reports: what a reporter sends, how it is stored sealed, and its status as the reporter sees it."""
