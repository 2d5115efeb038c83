// CLI import tests
