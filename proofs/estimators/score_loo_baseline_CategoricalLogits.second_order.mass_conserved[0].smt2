; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!430 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x61 (/ 1.0 ?x57)))
 (let ((?x108 (- ?x61)))
 (let ((?x110 (+ 1.0 ?x108)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x133 (+ ?x108 ?x111)))
 (let ((?x109 (* 0.0 ?x108)))
 (let ((?x134 (+ ?x109 ?x133)))
 (let ((?x131 (/ ?x36 exp!4)))
 (let ((?x135 (* ?x131 ?x134)))
 (let ((?x136 (* ?x134 ?x135)))
 (let ((?x63 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x64 (- ?x63)))
 (let ((?x65 (+ ?x61 ?x64)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (* 0.0 ?x66)))
 (let ((?x117 (+ ?x66 ?x67)))
 (let ((?x118 (+ ?x67 ?x117)))
 (let ((?x132 (* ?x118 ?x131)))
 (let ((?x137 (+ ?x132 ?x136)))
 (let ((?x124 (+ ?x109 ?x110)))
 (let ((?x125 (+ ?x109 ?x124)))
 (let ((?x122 (/ 1.0 exp!4)))
 (let ((?x126 (* ?x122 ?x125)))
 (let ((?x127 (* ?x125 ?x126)))
 (let ((?x123 (* ?x118 ?x122)))
 (let ((?x128 (+ ?x123 ?x127)))
 (let ((?x138 (+ ?x128 ?x137)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (+ ?x108 ?x112)))
 (let ((?x106 (/ ?x56 exp!4)))
 (let ((?x114 (* ?x106 ?x113)))
 (let ((?x115 (* ?x113 ?x114)))
 (let ((?x68 (+ ?x67 ?x67)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x107 (* ?x69 ?x106)))
 (let ((?x116 (+ ?x107 ?x115)))
 (let ((?x139 (+ ?x116 ?x138)))
 (or (and (distinct 0.0 ?x139) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!430 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!430) (< exp!1 exp!4)))
(assert
 (= (< log!430 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!430) (< exp!2 exp!4)))
(assert
 (= (< log!430 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!430) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!430 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!430)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!430 () Real)
(declare-fun log!655 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (< 0.0 ?x591)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let ((?x480 (/ ?x590 ?x591)))
 (let ((?x246 (- ?x480)))
 (let ((?x251 (+ 1.0 ?x246)))
 (let ((?x253 (* 0.0 ?x251)))
 (let ((?x171 (+ ?x246 ?x253)))
 (let ((?x247 (* 0.0 ?x246)))
 (let ((?x288 (+ ?x247 ?x171)))
 (let ((?x169 (/ ?x144 exp!5)))
 (let ((?x289 (* ?x169 ?x288)))
 (let ((?x162 (* ?x288 ?x289)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x314 (+ ?x582 ?x583)))
 (let ((?x311 (+ ?x583 ?x314)))
 (let ((?x170 (* ?x311 ?x169)))
 (let ((?x163 (+ ?x170 ?x162)))
 (let ((?x214 (+ ?x247 ?x251)))
 (let ((?x384 (+ ?x247 ?x214)))
 (let ((?x207 (/ ?x590 exp!5)))
 (let ((?x385 (* ?x207 ?x384)))
 (let ((?x389 (* ?x384 ?x385)))
 (let ((?x217 (* ?x311 ?x207)))
 (let ((?x390 (+ ?x217 ?x389)))
 (let ((?x272 (+ ?x390 ?x163)))
 (let ((?x203 (+ ?x247 ?x253)))
 (let ((?x206 (+ ?x246 ?x203)))
 (let ((?x242 (/ 1.0 exp!5)))
 (let ((?x302 (* ?x242 ?x206)))
 (let ((?x303 (* ?x206 ?x302)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x244 (* ?x577 ?x242)))
 (let ((?x313 (+ ?x244 ?x303)))
 (let ((?x276 (+ ?x313 ?x272)))
 (or (and (distinct 0.0 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!430 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!430) (< exp!1 exp!4)))
(assert
 (= (< log!430 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!430) (< exp!2 exp!4)))
(assert
 (= (< log!430 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!430) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!430 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!430)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!655 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!655) (< exp!1 exp!5)))
(assert
 (= (< log!655 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!655) (< exp!2 exp!5)))
(assert
 (= (< log!655 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!655) (< exp!3 exp!5)))
(assert
 (= (< log!655 log!430) (< exp!5 exp!4)))
(assert
 (= (< log!430 log!655) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!655 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!655)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x144 (/ ?x9 exp!3)))
(let ((?x590 (/ (* 1.0 exp!2) exp!3)))
(let ((?x578 (+ ?x590 ?x144)))
(let ((?x591 (+ 1.0 ?x578)))
(=> (> ?x591 0.0) (= exp!5 ?x591))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!430 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!655 () Real)
(declare-fun log!880 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x421 exp!1)))
 (let ((?x216 (+ 1.0 ?x378)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x484 (+ ?x337 ?x216)))
 (let (($x615 (= 0.0 ?x484)))
 (not $x615)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x421 exp!1)))
 (let ((?x216 (+ 1.0 ?x378)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x484 (+ ?x337 ?x216)))
 (let (($x615 (= 0.0 ?x484)))
 (not $x615)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x421 exp!1)))
 (let ((?x216 (+ 1.0 ?x378)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x484 (+ ?x337 ?x216)))
 (< 0.0 ?x484))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x421 exp!1)))
 (let ((?x216 (+ 1.0 ?x378)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x484 (+ ?x337 ?x216)))
 (let (($x615 (= 0.0 ?x484)))
 (not $x615)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x421 exp!1)))
 (let ((?x216 (+ 1.0 ?x378)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x484 (+ ?x337 ?x216)))
 (let (($x615 (= 0.0 ?x484)))
 (not $x615)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x421 exp!1)))
 (let ((?x216 (+ 1.0 ?x378)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x484 (+ ?x337 ?x216)))
 (let (($x615 (= 0.0 ?x484)))
 (not $x615)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x421 exp!1)))
 (let ((?x216 (+ 1.0 ?x378)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x484 (+ ?x337 ?x216)))
 (let ((?x290 (/ ?x378 ?x484)))
 (let ((?x413 (- ?x290)))
 (let ((?x553 (+ 1.0 ?x413)))
 (let ((?x671 (* 0.0 ?x553)))
 (let ((?x202 (+ ?x413 ?x671)))
 (let ((?x412 (* 0.0 ?x413)))
 (let ((?x681 (+ ?x412 ?x202)))
 (let ((?x521 (/ 1.0 exp!6)))
 (let ((?x685 (* ?x521 ?x681)))
 (let ((?x292 (* ?x681 ?x685)))
 (let ((?x674 (/ 1.0 (* ?x484 ?x484))))
 (let ((?x271 (- ?x378)))
 (let ((?x596 (* ?x378 ?x271)))
 (let ((?x373 (* ?x596 ?x674)))
 (let ((?x205 (+ ?x290 ?x373)))
 (let ((?x626 (- ?x205)))
 (let ((?x398 (* 0.0 ?x626)))
 (let ((?x491 (+ ?x626 ?x398)))
 (let ((?x890 (+ ?x398 ?x491)))
 (let ((?x201 (* ?x890 ?x521)))
 (let ((?x877 (+ ?x201 ?x292)))
 (let ((?x483 (+ ?x412 ?x553)))
 (let ((?x270 (+ ?x412 ?x483)))
 (let ((?x279 (/ ?x378 exp!6)))
 (let ((?x287 (* ?x279 ?x270)))
 (let ((?x651 (* ?x270 ?x287)))
 (let ((?x230 (* ?x890 ?x279)))
 (let ((?x204 (+ ?x230 ?x651)))
 (let ((?x646 (+ ?x204 ?x877)))
 (let ((?x665 (+ ?x412 ?x671)))
 (let ((?x895 (+ ?x413 ?x665)))
 (let ((?x620 (/ ?x337 exp!6)))
 (let ((?x353 (* ?x620 ?x895)))
 (let ((?x415 (* ?x895 ?x353)))
 (let ((?x401 (+ ?x398 ?x398)))
 (let ((?x335 (+ ?x626 ?x401)))
 (let ((?x604 (* ?x335 ?x620)))
 (let ((?x625 (+ ?x604 ?x415)))
 (let ((?x628 (+ ?x625 ?x646)))
 (or (and (distinct 0.0 ?x628) true))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!430 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!430) (< exp!1 exp!4)))
(assert
 (= (< log!430 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!430) (< exp!2 exp!4)))
(assert
 (= (< log!430 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!430) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!430 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!430)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!655 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!655) (< exp!1 exp!5)))
(assert
 (= (< log!655 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!655) (< exp!2 exp!5)))
(assert
 (= (< log!655 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!655) (< exp!3 exp!5)))
(assert
 (= (< log!655 log!430) (< exp!5 exp!4)))
(assert
 (= (< log!430 log!655) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!655 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!655)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!880 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!880) (< exp!1 exp!6)))
(assert
 (= (< log!880 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!880) (< exp!2 exp!6)))
(assert
 (= (< log!880 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!880) (< exp!3 exp!6)))
(assert
 (= (< log!880 log!430) (< exp!6 exp!4)))
(assert
 (= (< log!430 log!880) (< exp!4 exp!6)))
(assert
 (= (< log!880 log!655) (< exp!6 exp!5)))
(assert
 (= (< log!655 log!880) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!880 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!880)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x378 (/ ?x421 exp!1)))
(let ((?x216 (+ 1.0 ?x378)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x337 (/ ?x55 exp!1)))
(let ((?x484 (+ ?x337 ?x216)))
(=> (> ?x484 0.0) (= exp!6 ?x484)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!430 () Real)
(declare-fun log!655 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!880 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (< 0.0 ?x591))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let ((?x480 (/ ?x590 ?x591)))
 (let ((?x246 (- ?x480)))
 (let ((?x251 (+ 1.0 ?x246)))
 (let ((?x253 (* 0.0 ?x251)))
 (let ((?x171 (+ ?x246 ?x253)))
 (let ((?x247 (* 0.0 ?x246)))
 (let ((?x288 (+ ?x247 ?x171)))
 (let ((?x169 (/ ?x144 exp!5)))
 (let ((?x289 (* ?x169 ?x288)))
 (let ((?x162 (* ?x288 ?x289)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x314 (+ ?x582 ?x583)))
 (let ((?x311 (+ ?x583 ?x314)))
 (let ((?x170 (* ?x311 ?x169)))
 (let ((?x163 (+ ?x170 ?x162)))
 (let ((?x214 (+ ?x247 ?x251)))
 (let ((?x384 (+ ?x247 ?x214)))
 (let ((?x207 (/ ?x590 exp!5)))
 (let ((?x385 (* ?x207 ?x384)))
 (let ((?x389 (* ?x384 ?x385)))
 (let ((?x217 (* ?x311 ?x207)))
 (let ((?x390 (+ ?x217 ?x389)))
 (let ((?x272 (+ ?x390 ?x163)))
 (let ((?x203 (+ ?x247 ?x253)))
 (let ((?x206 (+ ?x246 ?x203)))
 (let ((?x242 (/ 1.0 exp!5)))
 (let ((?x302 (* ?x242 ?x206)))
 (let ((?x303 (* ?x206 ?x302)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x244 (* ?x577 ?x242)))
 (let ((?x313 (+ ?x244 ?x303)))
 (let ((?x276 (+ ?x313 ?x272)))
 (or (and (distinct 0.0 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!430 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!430) (< exp!1 exp!4)))
(assert
 (= (< log!430 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!430) (< exp!2 exp!4)))
(assert
 (= (< log!430 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!430) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!430 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!430)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!655 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!655) (< exp!1 exp!5)))
(assert
 (= (< log!655 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!655) (< exp!2 exp!5)))
(assert
 (= (< log!655 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!655) (< exp!3 exp!5)))
(assert
 (= (< log!655 log!430) (< exp!5 exp!4)))
(assert
 (= (< log!430 log!655) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!655 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!655)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!880 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!880) (< exp!1 exp!6)))
(assert
 (= (< log!880 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!880) (< exp!2 exp!6)))
(assert
 (= (< log!880 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!880) (< exp!3 exp!6)))
(assert
 (= (< log!880 log!430) (< exp!6 exp!4)))
(assert
 (= (< log!430 log!880) (< exp!4 exp!6)))
(assert
 (= (< log!880 log!655) (< exp!6 exp!5)))
(assert
 (= (< log!655 log!880) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!880 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!880)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x378 (/ ?x421 exp!1)))
(let ((?x216 (+ 1.0 ?x378)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x337 (/ ?x55 exp!1)))
(let ((?x484 (+ ?x337 ?x216)))
(=> (> ?x484 0.0) (= exp!6 ?x484)))))))))
(check-sat)
(pop 1)
