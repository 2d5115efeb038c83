// Placeholder until the chart adapter lands.
