import ECSLintKit
print("ecslint")
