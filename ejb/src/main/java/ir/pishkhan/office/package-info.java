/**
 * Offices (دفاتر): the licensed government counter offices and rural ICT offices. For now only
 * the two office types; offices themselves arrive with licensing.
 */
package ir.pishkhan.office;
