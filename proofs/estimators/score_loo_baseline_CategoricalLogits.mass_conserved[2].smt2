; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'mass_conserved[2]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!120 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x57 (= 0.0 ?x54)))
 (not $x57)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x57 (= 0.0 ?x54)))
 (not $x57)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x57 (= 0.0 ?x54)))
 (not $x57)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x112 (/ ?x33 ?x54)))
 (let ((?x113 (- ?x112)))
 (let ((?x115 (* 0.0 ?x113)))
 (let ((?x121 (+ ?x113 ?x115)))
 (let ((?x114 (+ 1.0 ?x113)))
 (let ((?x120 (* 0.0 ?x114)))
 (let ((?x122 (+ ?x120 ?x121)))
 (let ((?x124 (/ ?x52 exp!5)))
 (let ((?x125 (* ?x124 ?x122)))
 (let ((?x119 (/ 1.0 exp!5)))
 (let ((?x123 (* ?x119 ?x122)))
 (let ((?x126 (+ ?x123 ?x125)))
 (let ((?x116 (+ ?x115 ?x115)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x118 (* ?x111 ?x117)))
 (let ((?x127 (+ ?x118 ?x126)))
 (or (and (distinct 0.0 ?x127) true))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x84 (> ?x54 0.0)))
(=> $x84 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!120 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!192 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (< 0.0 ?x550)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let ((?x387 (/ 1.0 ?x550)))
 (let ((?x282 (- ?x387)))
 (let ((?x304 (* 0.0 ?x282)))
 (let ((?x157 (+ ?x282 ?x304)))
 (let ((?x303 (+ 1.0 ?x282)))
 (let ((?x156 (* 0.0 ?x303)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x212 (/ ?x131 exp!7)))
 (let ((?x216 (* ?x212 ?x158)))
 (let ((?x179 (/ ?x129 exp!7)))
 (let ((?x202 (* ?x179 ?x158)))
 (let ((?x218 (+ ?x202 ?x216)))
 (let ((?x306 (+ ?x304 ?x304)))
 (let ((?x171 (+ ?x303 ?x306)))
 (let ((?x386 (/ 1.0 exp!7)))
 (let ((?x178 (* ?x386 ?x171)))
 (let ((?x398 (+ ?x178 ?x218)))
 (or (and (distinct 0.0 ?x398) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54)))))))))
(assert
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54)))))))))
(assert
 (let (($x548 (< log!192 |logits[2]|)))
 (= $x548 (< exp!6 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!192)))
 (= $x540 (< exp!1 exp!6))))
(assert
 (let (($x545 (< log!192 |logits[0]|)))
 (= $x545 (< exp!6 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!192)))
 (= $x446 (< exp!2 exp!6))))
(assert
 (let (($x538 (< log!192 |logits[1]|)))
 (= $x538 (< exp!6 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!192)))
 (= $x536 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!192 log!120)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!120 log!192)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x149 (> log!192 0.0)))
 (= $x149 (> exp!6 1.0))))
(assert
 (let ((?x319 (+ 1.0 log!192)))
 (>= exp!6 ?x319)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x375 (> ?x550 0.0)))
 (=> $x375 (= exp!6 ?x550)))))))))
(assert
 (let (($x548 (< log!192 |logits[2]|)))
 (= $x548 (< exp!7 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!192)))
 (= $x540 (< exp!1 exp!7))))
(assert
 (let (($x545 (< log!192 |logits[0]|)))
 (= $x545 (< exp!7 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!192)))
 (= $x446 (< exp!2 exp!7))))
(assert
 (let (($x538 (< log!192 |logits[1]|)))
 (= $x538 (< exp!7 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!192)))
 (= $x536 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!192 log!120)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!120 log!192)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x338 (< log!192 log!192)))
 (= $x338 (< exp!7 exp!6))))
(assert
 (let (($x338 (< log!192 log!192)))
 (= $x338 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x149 (> log!192 0.0)))
 (= $x149 (> exp!7 1.0))))
(assert
 (let ((?x319 (+ 1.0 log!192)))
 (>= exp!7 ?x319)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x131 (/ ?x51 exp!1)))
(let ((?x129 (/ (* 1.0 exp!2) exp!1)))
(let ((?x438 (+ ?x129 ?x131)))
(let ((?x550 (+ 1.0 ?x438)))
(let (($x375 (> ?x550 0.0)))
(=> $x375 (= exp!7 ?x550)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!120 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!192 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!266 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x148 (/ ?x128 exp!3)))
 (let ((?x608 (+ 1.0 ?x148)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x645 (/ ?x24 exp!3)))
 (let ((?x363 (+ ?x645 ?x608)))
 (let (($x164 (= 0.0 ?x363)))
 (not $x164)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x148 (/ ?x128 exp!3)))
 (let ((?x608 (+ 1.0 ?x148)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x645 (/ ?x24 exp!3)))
 (let ((?x363 (+ ?x645 ?x608)))
 (< 0.0 ?x363))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x148 (/ ?x128 exp!3)))
 (let ((?x608 (+ 1.0 ?x148)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x645 (/ ?x24 exp!3)))
 (let ((?x363 (+ ?x645 ?x608)))
 (let (($x164 (= 0.0 ?x363)))
 (not $x164)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x148 (/ ?x128 exp!3)))
 (let ((?x608 (+ 1.0 ?x148)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x645 (/ ?x24 exp!3)))
 (let ((?x363 (+ ?x645 ?x608)))
 (let (($x164 (= 0.0 ?x363)))
 (not $x164)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x148 (/ ?x128 exp!3)))
 (let ((?x608 (+ 1.0 ?x148)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x645 (/ ?x24 exp!3)))
 (let ((?x363 (+ ?x645 ?x608)))
 (let ((?x231 (/ ?x645 ?x363)))
 (let ((?x169 (- ?x231)))
 (let ((?x905 (* 0.0 ?x169)))
 (let ((?x136 (+ ?x169 ?x905)))
 (let ((?x406 (+ 1.0 ?x169)))
 (let ((?x512 (* 0.0 ?x406)))
 (let ((?x621 (+ ?x512 ?x136)))
 (let ((?x280 (/ 1.0 exp!9)))
 (let ((?x499 (* ?x280 ?x621)))
 (let ((?x570 (/ ?x148 exp!9)))
 (let ((?x351 (* ?x570 ?x621)))
 (let ((?x368 (+ ?x351 ?x499)))
 (let ((?x530 (+ ?x905 ?x905)))
 (let ((?x904 (+ ?x406 ?x530)))
 (let ((?x261 (/ ?x645 exp!9)))
 (let ((?x210 (* ?x261 ?x904)))
 (let ((?x194 (+ ?x210 ?x368)))
 (or (and (distinct 0.0 ?x194) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x548 (< log!192 |logits[2]|)))
 (= $x548 (< exp!6 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!192)))
 (= $x540 (< exp!1 exp!6))))
(assert
 (let (($x545 (< log!192 |logits[0]|)))
 (= $x545 (< exp!6 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!192)))
 (= $x446 (< exp!2 exp!6))))
(assert
 (let (($x538 (< log!192 |logits[1]|)))
 (= $x538 (< exp!6 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!192)))
 (= $x536 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!192 log!120)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!120 log!192)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x149 (> log!192 0.0)))
 (= $x149 (> exp!6 1.0))))
(assert
 (let ((?x319 (+ 1.0 log!192)))
 (>= exp!6 ?x319)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x375 (> ?x550 0.0)))
 (=> $x375 (= exp!6 ?x550))))))))))
(assert
 (let (($x548 (< log!192 |logits[2]|)))
 (= $x548 (< exp!7 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!192)))
 (= $x540 (< exp!1 exp!7))))
(assert
 (let (($x545 (< log!192 |logits[0]|)))
 (= $x545 (< exp!7 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!192)))
 (= $x446 (< exp!2 exp!7))))
(assert
 (let (($x538 (< log!192 |logits[1]|)))
 (= $x538 (< exp!7 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!192)))
 (= $x536 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!192 log!120)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!120 log!192)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x338 (< log!192 log!192)))
 (= $x338 (< exp!7 exp!6))))
(assert
 (let (($x338 (< log!192 log!192)))
 (= $x338 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x149 (> log!192 0.0)))
 (= $x149 (> exp!7 1.0))))
(assert
 (let ((?x319 (+ 1.0 log!192)))
 (>= exp!7 ?x319)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x375 (> ?x550 0.0)))
 (=> $x375 (= exp!7 ?x550))))))))))
(assert
 (let (($x250 (< log!266 |logits[2]|)))
 (= $x250 (< exp!8 exp!1))))
(assert
 (let (($x886 (< |logits[2]| log!266)))
 (= $x886 (< exp!1 exp!8))))
(assert
 (let (($x384 (< log!266 |logits[0]|)))
 (= $x384 (< exp!8 exp!2))))
(assert
 (let (($x445 (< |logits[0]| log!266)))
 (= $x445 (< exp!2 exp!8))))
(assert
 (let (($x620 (< log!266 |logits[1]|)))
 (= $x620 (< exp!8 exp!3))))
(assert
 (let (($x527 (< |logits[1]| log!266)))
 (= $x527 (< exp!3 exp!8))))
(assert
 (let (($x459 (< log!266 log!120)))
 (= $x459 (< exp!8 exp!5))))
(assert
 (let (($x422 (< log!120 log!266)))
 (= $x422 (< exp!5 exp!8))))
(assert
 (let (($x209 (< log!266 log!192)))
 (= $x209 (< exp!8 exp!7))))
(assert
 (let (($x325 (< log!192 log!266)))
 (= $x325 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x238 (> log!266 0.0)))
 (= $x238 (> exp!8 1.0))))
(assert
 (let ((?x195 (+ 1.0 log!266)))
 (>= exp!8 ?x195)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x148 (/ ?x128 exp!3)))
 (let ((?x608 (+ 1.0 ?x148)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x645 (/ ?x24 exp!3)))
 (let ((?x363 (+ ?x645 ?x608)))
 (let (($x189 (> ?x363 0.0)))
 (=> $x189 (= exp!8 ?x363))))))))))
(assert
 (let (($x250 (< log!266 |logits[2]|)))
 (= $x250 (< exp!9 exp!1))))
(assert
 (let (($x886 (< |logits[2]| log!266)))
 (= $x886 (< exp!1 exp!9))))
(assert
 (let (($x384 (< log!266 |logits[0]|)))
 (= $x384 (< exp!9 exp!2))))
(assert
 (let (($x445 (< |logits[0]| log!266)))
 (= $x445 (< exp!2 exp!9))))
(assert
 (let (($x620 (< log!266 |logits[1]|)))
 (= $x620 (< exp!9 exp!3))))
(assert
 (let (($x527 (< |logits[1]| log!266)))
 (= $x527 (< exp!3 exp!9))))
(assert
 (let (($x459 (< log!266 log!120)))
 (= $x459 (< exp!9 exp!5))))
(assert
 (let (($x422 (< log!120 log!266)))
 (= $x422 (< exp!5 exp!9))))
(assert
 (let (($x209 (< log!266 log!192)))
 (= $x209 (< exp!9 exp!7))))
(assert
 (let (($x325 (< log!192 log!266)))
 (= $x325 (< exp!7 exp!9))))
(assert
 (let (($x611 (< log!266 log!266)))
 (= $x611 (< exp!9 exp!8))))
(assert
 (let (($x611 (< log!266 log!266)))
 (= $x611 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x238 (> log!266 0.0)))
 (= $x238 (> exp!9 1.0))))
(assert
 (let ((?x195 (+ 1.0 log!266)))
 (>= exp!9 ?x195)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x148 (/ ?x128 exp!3)))
(let ((?x608 (+ 1.0 ?x148)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x645 (/ ?x24 exp!3)))
(let ((?x363 (+ ?x645 ?x608)))
(let (($x189 (> ?x363 0.0)))
(=> $x189 (= exp!9 ?x363))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!120 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!192 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!266 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (< 0.0 ?x550))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x551 (= 0.0 ?x550)))
 (not $x551)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let ((?x387 (/ 1.0 ?x550)))
 (let ((?x282 (- ?x387)))
 (let ((?x304 (* 0.0 ?x282)))
 (let ((?x157 (+ ?x282 ?x304)))
 (let ((?x303 (+ 1.0 ?x282)))
 (let ((?x156 (* 0.0 ?x303)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x212 (/ ?x131 exp!7)))
 (let ((?x216 (* ?x212 ?x158)))
 (let ((?x179 (/ ?x129 exp!7)))
 (let ((?x202 (* ?x179 ?x158)))
 (let ((?x218 (+ ?x202 ?x216)))
 (let ((?x306 (+ ?x304 ?x304)))
 (let ((?x171 (+ ?x303 ?x306)))
 (let ((?x386 (/ 1.0 exp!7)))
 (let ((?x178 (* ?x386 ?x171)))
 (let ((?x398 (+ ?x178 ?x218)))
 (or (and (distinct 0.0 ?x398) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!120 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!120)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!120 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!120)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!120 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!120)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!120 log!120)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!120 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!120)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x548 (< log!192 |logits[2]|)))
 (= $x548 (< exp!6 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!192)))
 (= $x540 (< exp!1 exp!6))))
(assert
 (let (($x545 (< log!192 |logits[0]|)))
 (= $x545 (< exp!6 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!192)))
 (= $x446 (< exp!2 exp!6))))
(assert
 (let (($x538 (< log!192 |logits[1]|)))
 (= $x538 (< exp!6 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!192)))
 (= $x536 (< exp!3 exp!6))))
(assert
 (let (($x546 (< log!192 log!120)))
 (= $x546 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!120 log!192)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x149 (> log!192 0.0)))
 (= $x149 (> exp!6 1.0))))
(assert
 (let ((?x319 (+ 1.0 log!192)))
 (>= exp!6 ?x319)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x375 (> ?x550 0.0)))
 (=> $x375 (= exp!6 ?x550))))))))))
(assert
 (let (($x548 (< log!192 |logits[2]|)))
 (= $x548 (< exp!7 exp!1))))
(assert
 (let (($x540 (< |logits[2]| log!192)))
 (= $x540 (< exp!1 exp!7))))
(assert
 (let (($x545 (< log!192 |logits[0]|)))
 (= $x545 (< exp!7 exp!2))))
(assert
 (let (($x446 (< |logits[0]| log!192)))
 (= $x446 (< exp!2 exp!7))))
(assert
 (let (($x538 (< log!192 |logits[1]|)))
 (= $x538 (< exp!7 exp!3))))
(assert
 (let (($x536 (< |logits[1]| log!192)))
 (= $x536 (< exp!3 exp!7))))
(assert
 (let (($x546 (< log!192 log!120)))
 (= $x546 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!120 log!192)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x338 (< log!192 log!192)))
 (= $x338 (< exp!7 exp!6))))
(assert
 (let (($x338 (< log!192 log!192)))
 (= $x338 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x149 (> log!192 0.0)))
 (= $x149 (> exp!7 1.0))))
(assert
 (let ((?x319 (+ 1.0 log!192)))
 (>= exp!7 ?x319)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x438 (+ ?x129 ?x131)))
 (let ((?x550 (+ 1.0 ?x438)))
 (let (($x375 (> ?x550 0.0)))
 (=> $x375 (= exp!7 ?x550))))))))))
(assert
 (let (($x250 (< log!266 |logits[2]|)))
 (= $x250 (< exp!8 exp!1))))
(assert
 (let (($x886 (< |logits[2]| log!266)))
 (= $x886 (< exp!1 exp!8))))
(assert
 (let (($x384 (< log!266 |logits[0]|)))
 (= $x384 (< exp!8 exp!2))))
(assert
 (let (($x445 (< |logits[0]| log!266)))
 (= $x445 (< exp!2 exp!8))))
(assert
 (let (($x620 (< log!266 |logits[1]|)))
 (= $x620 (< exp!8 exp!3))))
(assert
 (let (($x527 (< |logits[1]| log!266)))
 (= $x527 (< exp!3 exp!8))))
(assert
 (let (($x459 (< log!266 log!120)))
 (= $x459 (< exp!8 exp!5))))
(assert
 (let (($x422 (< log!120 log!266)))
 (= $x422 (< exp!5 exp!8))))
(assert
 (let (($x209 (< log!266 log!192)))
 (= $x209 (< exp!8 exp!7))))
(assert
 (let (($x325 (< log!192 log!266)))
 (= $x325 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x238 (> log!266 0.0)))
 (= $x238 (> exp!8 1.0))))
(assert
 (let ((?x195 (+ 1.0 log!266)))
 (>= exp!8 ?x195)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x148 (/ ?x128 exp!3)))
 (let ((?x608 (+ 1.0 ?x148)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x645 (/ ?x24 exp!3)))
 (let ((?x363 (+ ?x645 ?x608)))
 (let (($x189 (> ?x363 0.0)))
 (=> $x189 (= exp!8 ?x363))))))))))
(assert
 (let (($x250 (< log!266 |logits[2]|)))
 (= $x250 (< exp!9 exp!1))))
(assert
 (let (($x886 (< |logits[2]| log!266)))
 (= $x886 (< exp!1 exp!9))))
(assert
 (let (($x384 (< log!266 |logits[0]|)))
 (= $x384 (< exp!9 exp!2))))
(assert
 (let (($x445 (< |logits[0]| log!266)))
 (= $x445 (< exp!2 exp!9))))
(assert
 (let (($x620 (< log!266 |logits[1]|)))
 (= $x620 (< exp!9 exp!3))))
(assert
 (let (($x527 (< |logits[1]| log!266)))
 (= $x527 (< exp!3 exp!9))))
(assert
 (let (($x459 (< log!266 log!120)))
 (= $x459 (< exp!9 exp!5))))
(assert
 (let (($x422 (< log!120 log!266)))
 (= $x422 (< exp!5 exp!9))))
(assert
 (let (($x209 (< log!266 log!192)))
 (= $x209 (< exp!9 exp!7))))
(assert
 (let (($x325 (< log!192 log!266)))
 (= $x325 (< exp!7 exp!9))))
(assert
 (let (($x611 (< log!266 log!266)))
 (= $x611 (< exp!9 exp!8))))
(assert
 (let (($x611 (< log!266 log!266)))
 (= $x611 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x238 (> log!266 0.0)))
 (= $x238 (> exp!9 1.0))))
(assert
 (let ((?x195 (+ 1.0 log!266)))
 (>= exp!9 ?x195)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x148 (/ ?x128 exp!3)))
(let ((?x608 (+ 1.0 ?x148)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x645 (/ ?x24 exp!3)))
(let ((?x363 (+ ?x645 ?x608)))
(let (($x189 (> ?x363 0.0)))
(=> $x189 (= exp!9 ?x363))))))))))
(check-sat)
(pop 1)
