package uk.send.testservers;

import java.util.Random;

/** A valid NHS number (modulus 11 check digit), different each time: a child of its own for each test. */
public final class NhsNumbers {

    private static final Random RANDOM = new Random();

    private NhsNumbers() {
    }

    public static String any() {
        while (true) {
            StringBuilder digits = new StringBuilder("9");
            int sum = 9 * 10;
            for (int i = 1; i < 9; i++) {
                int digit = RANDOM.nextInt(10);
                digits.append(digit);
                sum += digit * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }
}
