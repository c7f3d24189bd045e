; certjax: rule losses.sigmoid_cross_entropy, obligation 'vjp', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!98 () Real)
(declare-fun log!93 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x27 (- logits)))
 (< 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (< 0.0 ?x127))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (< 0.0 ?x127))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let ((?x205 (/ 0.0 ?x46)))
 (let ((?x167 (- ?x205)))
 (let ((?x25 (- labels)))
 (let ((?x89 (+ 1.0 ?x25)))
 (let ((?x101 (* ?x89 ?x167)))
 (let ((?x71 (+ logits log!98)))
 (let ((?x200 (+ ?x71 ?x101)))
 (let ((?x106 (- ?x200)))
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let ((?x210 (/ 0.0 ?x127)))
 (let ((?x100 (- ?x210)))
 (let ((?x139 (* ?x25 ?x100)))
 (let ((?x27 (- logits)))
 (let ((?x33 (+ ?x27 log!93)))
 (let ((?x110 (+ ?x33 ?x139)))
 (let ((?x124 (+ ?x110 ?x106)))
 (let ((?x206 (* g ?x124)))
 (let ((?x152 (- g)))
 (let ((?x133 (* logits ?x152)))
 (let ((?x211 (- ?x47)))
 (let ((?x107 (/ ?x211 ?x46)))
 (let ((?x104 (+ (/ 1.0 2.0) ?x107)))
 (let ((?x98 (- ?x104)))
 (let ((?x111 (* ?x89 ?x98)))
 (let ((?x72 (- ?x71)))
 (let ((?x121 (* 0.0 ?x72)))
 (let ((?x199 (+ ?x121 ?x111)))
 (let ((?x189 (- ?x199)))
 (let ((?x37 (/ ?x131 ?x127)))
 (let ((?x38 (+ (- 1.0) ?x37)))
 (let ((?x39 (- ?x38)))
 (let ((?x40 (* ?x25 ?x39)))
 (let ((?x34 (- ?x33)))
 (let ((?x35 (* 0.0 ?x34)))
 (let ((?x41 (+ ?x35 ?x40)))
 (let ((?x177 (+ ?x41 ?x189)))
 (let ((?x93 (* g ?x177)))
 (let ((?x24 (/ 1.0 ?x46)))
 (let ((?x26 (+ ?x25 ?x24)))
 (let ((?x18 (* g ?x26)))
 (or (and (distinct ?x18 ?x93) true) (and (distinct ?x133 ?x206) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!98 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!3)))
(assert
 (= (< log!98 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!98) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!98 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!93 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!98 () Real)
(assert
 (let ((?x27 (- logits)))
 (< 0.0 ?x27)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (< 0.0 ?x127))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (< 0.0 ?x127))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let ((?x210 (/ 0.0 ?x127)))
 (let ((?x100 (- ?x210)))
 (let ((?x25 (- labels)))
 (let ((?x89 (+ 1.0 ?x25)))
 (let ((?x535 (* ?x89 ?x100)))
 (let ((?x463 (+ log!93 ?x535)))
 (let ((?x202 (- ?x463)))
 (let ((?x139 (* ?x25 ?x100)))
 (let ((?x27 (- logits)))
 (let ((?x33 (+ ?x27 log!93)))
 (let ((?x110 (+ ?x33 ?x139)))
 (let ((?x526 (+ ?x110 ?x202)))
 (let ((?x533 (* g ?x526)))
 (let ((?x152 (- g)))
 (let ((?x133 (* logits ?x152)))
 (let ((?x37 (/ ?x131 ?x127)))
 (let ((?x105 (- ?x37)))
 (let ((?x198 (* ?x89 ?x105)))
 (let ((?x143 (- log!93)))
 (let ((?x137 (* 0.0 ?x143)))
 (let ((?x532 (+ ?x137 ?x198)))
 (let ((?x192 (- ?x532)))
 (let ((?x38 (+ (- 1.0) ?x37)))
 (let ((?x39 (- ?x38)))
 (let ((?x40 (* ?x25 ?x39)))
 (let ((?x34 (- ?x33)))
 (let ((?x35 (* 0.0 ?x34)))
 (let ((?x41 (+ ?x35 ?x40)))
 (let ((?x408 (+ ?x41 ?x192)))
 (let ((?x392 (* g ?x408)))
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let ((?x24 (/ 1.0 ?x46)))
 (let ((?x26 (+ ?x25 ?x24)))
 (let ((?x18 (* g ?x26)))
 (or (and (distinct ?x18 ?x392) true) (and (distinct ?x133 ?x533) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!98 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!3)))
(assert
 (= (< log!98 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!98) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!98 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!98 () Real)
(declare-fun g () Real)
(declare-fun log!93 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x27 (- logits)))
 (= 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (< 0.0 ?x127))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (< 0.0 ?x127))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let (($x79 (= 0.0 ?x127)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let ((?x205 (/ 0.0 ?x46)))
 (let ((?x167 (- ?x205)))
 (let ((?x25 (- labels)))
 (let ((?x130 (* ?x25 ?x167)))
 (let ((?x318 (+ log!98 ?x130)))
 (let ((?x89 (+ 1.0 ?x25)))
 (let ((?x101 (* ?x89 ?x167)))
 (let ((?x71 (+ logits log!98)))
 (let ((?x200 (+ ?x71 ?x101)))
 (let ((?x106 (- ?x200)))
 (let ((?x484 (+ ?x106 ?x318)))
 (let ((?x244 (* g ?x484)))
 (let ((?x152 (- g)))
 (let ((?x133 (* logits ?x152)))
 (let ((?x131 (* 1.0 exp!1)))
 (let ((?x127 (+ 1.0 ?x131)))
 (let ((?x210 (/ 0.0 ?x127)))
 (let ((?x100 (- ?x210)))
 (let ((?x535 (* ?x89 ?x100)))
 (let ((?x463 (+ log!93 ?x535)))
 (let ((?x202 (- ?x463)))
 (let ((?x139 (* ?x25 ?x100)))
 (let ((?x27 (- logits)))
 (let ((?x33 (+ ?x27 log!93)))
 (let ((?x110 (+ ?x33 ?x139)))
 (let ((?x526 (+ ?x110 ?x202)))
 (let ((?x533 (* g ?x526)))
 (let (($x83 (= ?x244 ?x533)))
 (let ((?x529 (ite $x83 ?x133 ?x244)))
 (let ((?x211 (- ?x47)))
 (let ((?x107 (/ ?x211 ?x46)))
 (let ((?x287 (+ 1.0 ?x107)))
 (let ((?x261 (- ?x287)))
 (let ((?x503 (* ?x89 ?x261)))
 (let ((?x72 (- ?x71)))
 (let ((?x121 (* 0.0 ?x72)))
 (let ((?x149 (+ ?x121 ?x503)))
 (let ((?x239 (- ?x149)))
 (let ((?x238 (- ?x107)))
 (let ((?x243 (* ?x25 ?x238)))
 (let ((?x352 (- log!98)))
 (let ((?x288 (* 0.0 ?x352)))
 (let ((?x400 (+ ?x288 ?x243)))
 (let ((?x267 (+ ?x400 ?x239)))
 (let ((?x353 (* g ?x267)))
 (let ((?x24 (/ 1.0 ?x46)))
 (let ((?x26 (+ ?x25 ?x24)))
 (let ((?x18 (* g ?x26)))
 (let ((?x37 (/ ?x131 ?x127)))
 (let ((?x105 (- ?x37)))
 (let ((?x198 (* ?x89 ?x105)))
 (let ((?x143 (- log!93)))
 (let ((?x137 (* 0.0 ?x143)))
 (let ((?x532 (+ ?x137 ?x198)))
 (let ((?x192 (- ?x532)))
 (let ((?x38 (+ (- 1.0) ?x37)))
 (let ((?x39 (- ?x38)))
 (let ((?x40 (* ?x25 ?x39)))
 (let ((?x34 (- ?x33)))
 (let ((?x35 (* 0.0 ?x34)))
 (let ((?x41 (+ ?x35 ?x40)))
 (let ((?x408 (+ ?x41 ?x192)))
 (let ((?x392 (* g ?x408)))
 (let (($x475 (= ?x353 ?x392)))
 (let ((?x530 (ite $x475 ?x18 ?x353)))
 (or (and (distinct ?x530 ?x353) true) (and (distinct ?x529 ?x244) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!98 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!3)))
(assert
 (= (< log!98 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!98) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!98 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!98 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun log!93 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x27 (- logits)))
 (> 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let ((?x205 (/ 0.0 ?x46)))
 (let ((?x167 (- ?x205)))
 (let ((?x25 (- labels)))
 (let ((?x130 (* ?x25 ?x167)))
 (let ((?x318 (+ log!98 ?x130)))
 (let ((?x89 (+ 1.0 ?x25)))
 (let ((?x101 (* ?x89 ?x167)))
 (let ((?x71 (+ logits log!98)))
 (let ((?x200 (+ ?x71 ?x101)))
 (let ((?x106 (- ?x200)))
 (let ((?x484 (+ ?x106 ?x318)))
 (let ((?x244 (* g ?x484)))
 (let ((?x152 (- g)))
 (let ((?x133 (* logits ?x152)))
 (let ((?x211 (- ?x47)))
 (let ((?x107 (/ ?x211 ?x46)))
 (let ((?x238 (- ?x107)))
 (let ((?x243 (* ?x25 ?x238)))
 (let ((?x352 (- log!98)))
 (let ((?x288 (* 0.0 ?x352)))
 (let ((?x400 (+ ?x288 ?x243)))
 (let ((?x104 (+ (/ 1.0 2.0) ?x107)))
 (let ((?x98 (- ?x104)))
 (let ((?x111 (* ?x89 ?x98)))
 (let ((?x72 (- ?x71)))
 (let ((?x121 (* 0.0 ?x72)))
 (let ((?x199 (+ ?x121 ?x111)))
 (let ((?x189 (- ?x199)))
 (let ((?x293 (+ ?x189 ?x400)))
 (let ((?x424 (* g ?x293)))
 (let ((?x24 (/ 1.0 ?x46)))
 (let ((?x26 (+ ?x25 ?x24)))
 (let ((?x18 (* g ?x26)))
 (or (and (distinct ?x18 ?x424) true) (and (distinct ?x133 ?x244) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!98 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!3)))
(assert
 (= (< log!98 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!98) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!98 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!98 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun log!93 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x27 (- logits)))
 (> 0.0 ?x27)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let ((?x205 (/ 0.0 ?x46)))
 (let ((?x167 (- ?x205)))
 (let ((?x25 (- labels)))
 (let ((?x130 (* ?x25 ?x167)))
 (let ((?x318 (+ log!98 ?x130)))
 (let ((?x89 (+ 1.0 ?x25)))
 (let ((?x101 (* ?x89 ?x167)))
 (let ((?x71 (+ logits log!98)))
 (let ((?x200 (+ ?x71 ?x101)))
 (let ((?x106 (- ?x200)))
 (let ((?x484 (+ ?x106 ?x318)))
 (let ((?x244 (* g ?x484)))
 (let ((?x152 (- g)))
 (let ((?x133 (* logits ?x152)))
 (let ((?x211 (- ?x47)))
 (let ((?x107 (/ ?x211 ?x46)))
 (let ((?x287 (+ 1.0 ?x107)))
 (let ((?x261 (- ?x287)))
 (let ((?x503 (* ?x89 ?x261)))
 (let ((?x72 (- ?x71)))
 (let ((?x121 (* 0.0 ?x72)))
 (let ((?x149 (+ ?x121 ?x503)))
 (let ((?x239 (- ?x149)))
 (let ((?x238 (- ?x107)))
 (let ((?x243 (* ?x25 ?x238)))
 (let ((?x352 (- log!98)))
 (let ((?x288 (* 0.0 ?x352)))
 (let ((?x400 (+ ?x288 ?x243)))
 (let ((?x267 (+ ?x400 ?x239)))
 (let ((?x353 (* g ?x267)))
 (let ((?x24 (/ 1.0 ?x46)))
 (let ((?x26 (+ ?x25 ?x24)))
 (let ((?x18 (* g ?x26)))
 (or (and (distinct ?x18 ?x353) true) (and (distinct ?x133 ?x244) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!98 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!3)))
(assert
 (= (< log!98 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!98) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!98 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
