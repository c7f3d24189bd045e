; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@1[0]', verdict proved
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
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
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
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
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x119 (/ 1.0 ?x54)))
 (let ((?x120 (- ?x119)))
 (let ((?x122 (+ 1.0 ?x120)))
 (let ((?x123 (* 0.0 ?x122)))
 (let ((?x124 (+ ?x120 ?x123)))
 (let ((?x121 (* 0.0 ?x120)))
 (let ((?x125 (+ ?x121 ?x124)))
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x126 (* ?x111 ?x125)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x127 (* ?x115 ?x126)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (* ?x111 ?x117)))
 (or (and (distinct ?x118 ?x127) true))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
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
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let ((?x156 (/ ?x129 ?x132)))
 (let ((?x157 (- ?x156)))
 (let ((?x211 (+ 1.0 ?x157)))
 (let ((?x221 (* 0.0 ?x211)))
 (let ((?x225 (+ ?x157 ?x221)))
 (let ((?x158 (* 0.0 ?x157)))
 (let ((?x227 (+ ?x158 ?x225)))
 (let ((?x399 (/ ?x131 exp!7)))
 (let ((?x406 (* ?x399 ?x227)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x407 (* ?x115 ?x406)))
 (let ((?x116 (- ?x115)))
 (let ((?x395 (/ ?x116 ?x132)))
 (let ((?x396 (* ?x129 ?x395)))
 (let ((?x182 (* ?x399 ?x396)))
 (or (and (distinct ?x182 ?x407) true))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x467 (< log!152 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x460 (< log!152 |logits[0]|)))
 (= $x460 (< exp!6 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!152)))
 (= $x526 (< exp!2 exp!6))))
(assert
 (let (($x518 (< log!152 |logits[1]|)))
 (= $x518 (< exp!6 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!152)))
 (= $x519 (< exp!3 exp!6))))
(assert
 (let (($x527 (< log!152 log!100)))
 (= $x527 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!100 log!152)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!152)))
 (>= exp!6 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!6 ?x132)))))))))
(assert
 (let (($x467 (< log!152 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x460 (< log!152 |logits[0]|)))
 (= $x460 (< exp!7 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!152)))
 (= $x526 (< exp!2 exp!7))))
(assert
 (let (($x518 (< log!152 |logits[1]|)))
 (= $x518 (< exp!7 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!152)))
 (= $x519 (< exp!3 exp!7))))
(assert
 (let (($x527 (< log!152 log!100)))
 (= $x527 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!100 log!152)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x361 (< log!152 log!152)))
 (= $x361 (< exp!7 exp!6))))
(assert
 (let (($x361 (< log!152 log!152)))
 (= $x361 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!152)))
 (>= exp!7 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x131 (/ ?x51 exp!1)))
(let ((?x129 (/ (* 1.0 exp!2) exp!1)))
(let ((?x532 (+ ?x129 ?x131)))
(let ((?x132 (+ 1.0 ?x532)))
(let (($x188 (> ?x132 0.0)))
(=> $x188 (= exp!7 ?x132)))))))))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!206 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x128 exp!3)))
 (let ((?x167 (+ 1.0 ?x512)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x234 (/ ?x24 exp!3)))
 (let ((?x649 (+ ?x234 ?x167)))
 (< 0.0 ?x649))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x128 exp!3)))
 (let ((?x167 (+ 1.0 ?x512)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x234 (/ ?x24 exp!3)))
 (let ((?x649 (+ ?x234 ?x167)))
 (let (($x409 (= 0.0 ?x649)))
 (not $x409)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x128 exp!3)))
 (let ((?x167 (+ 1.0 ?x512)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x234 (/ ?x24 exp!3)))
 (let ((?x649 (+ ?x234 ?x167)))
 (let (($x409 (= 0.0 ?x649)))
 (not $x409)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x128 exp!3)))
 (let ((?x167 (+ 1.0 ?x512)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x234 (/ ?x24 exp!3)))
 (let ((?x649 (+ ?x234 ?x167)))
 (let (($x409 (= 0.0 ?x649)))
 (not $x409)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x128 exp!3)))
 (let ((?x167 (+ 1.0 ?x512)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x234 (/ ?x24 exp!3)))
 (let ((?x649 (+ ?x234 ?x167)))
 (< 0.0 ?x649))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x128 exp!3)))
 (let ((?x167 (+ 1.0 ?x512)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x234 (/ ?x24 exp!3)))
 (let ((?x649 (+ ?x234 ?x167)))
 (let (($x409 (= 0.0 ?x649)))
 (not $x409)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x128 exp!3)))
 (let ((?x167 (+ 1.0 ?x512)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x234 (/ ?x24 exp!3)))
 (let ((?x649 (+ ?x234 ?x167)))
 (let (($x409 (= 0.0 ?x649)))
 (not $x409)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x128 exp!3)))
 (let ((?x167 (+ 1.0 ?x512)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x234 (/ ?x24 exp!3)))
 (let ((?x649 (+ ?x234 ?x167)))
 (let ((?x875 (/ ?x512 ?x649)))
 (let ((?x654 (- ?x875)))
 (let ((?x482 (+ 1.0 ?x654)))
 (let ((?x638 (* 0.0 ?x482)))
 (let ((?x356 (+ ?x654 ?x638)))
 (let ((?x168 (* 0.0 ?x654)))
 (let ((?x424 (+ ?x168 ?x356)))
 (let ((?x401 (/ 1.0 exp!9)))
 (let ((?x148 (* ?x401 ?x424)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x252 (* ?x115 ?x148)))
 (let ((?x116 (- ?x115)))
 (let ((?x314 (/ ?x116 ?x649)))
 (let ((?x228 (* ?x512 ?x314)))
 (let ((?x641 (* ?x401 ?x228)))
 (or (and (distinct ?x641 ?x252) true)))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x467 (< log!152 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x460 (< log!152 |logits[0]|)))
 (= $x460 (< exp!6 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!152)))
 (= $x526 (< exp!2 exp!6))))
(assert
 (let (($x518 (< log!152 |logits[1]|)))
 (= $x518 (< exp!6 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!152)))
 (= $x519 (< exp!3 exp!6))))
(assert
 (let (($x527 (< log!152 log!100)))
 (= $x527 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!100 log!152)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!152)))
 (>= exp!6 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!6 ?x132))))))))))
(assert
 (let (($x467 (< log!152 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x460 (< log!152 |logits[0]|)))
 (= $x460 (< exp!7 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!152)))
 (= $x526 (< exp!2 exp!7))))
(assert
 (let (($x518 (< log!152 |logits[1]|)))
 (= $x518 (< exp!7 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!152)))
 (= $x519 (< exp!3 exp!7))))
(assert
 (let (($x527 (< log!152 log!100)))
 (= $x527 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!100 log!152)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x361 (< log!152 log!152)))
 (= $x361 (< exp!7 exp!6))))
(assert
 (let (($x361 (< log!152 log!152)))
 (= $x361 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!152)))
 (>= exp!7 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!7 ?x132))))))))))
(assert
 (let (($x456 (< log!206 |logits[2]|)))
 (= $x456 (< exp!8 exp!1))))
(assert
 (let (($x542 (< |logits[2]| log!206)))
 (= $x542 (< exp!1 exp!8))))
(assert
 (let (($x617 (< log!206 |logits[0]|)))
 (= $x617 (< exp!8 exp!2))))
(assert
 (let (($x634 (< |logits[0]| log!206)))
 (= $x634 (< exp!2 exp!8))))
(assert
 (let (($x594 (< log!206 |logits[1]|)))
 (= $x594 (< exp!8 exp!3))))
(assert
 (let (($x540 (< |logits[1]| log!206)))
 (= $x540 (< exp!3 exp!8))))
(assert
 (let (($x454 (< log!206 log!100)))
 (= $x454 (< exp!8 exp!5))))
(assert
 (let (($x392 (< log!100 log!206)))
 (= $x392 (< exp!5 exp!8))))
(assert
 (let (($x369 (< log!206 log!152)))
 (= $x369 (< exp!8 exp!7))))
(assert
 (let (($x334 (< log!152 log!206)))
 (= $x334 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x310 (> log!206 0.0)))
 (= $x310 (> exp!8 1.0))))
(assert
 (let ((?x275 (+ 1.0 log!206)))
 (>= exp!8 ?x275)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x128 exp!3)))
 (let ((?x167 (+ 1.0 ?x512)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x234 (/ ?x24 exp!3)))
 (let ((?x649 (+ ?x234 ?x167)))
 (let (($x272 (> ?x649 0.0)))
 (=> $x272 (= exp!8 ?x649))))))))))
(assert
 (let (($x456 (< log!206 |logits[2]|)))
 (= $x456 (< exp!9 exp!1))))
(assert
 (let (($x542 (< |logits[2]| log!206)))
 (= $x542 (< exp!1 exp!9))))
(assert
 (let (($x617 (< log!206 |logits[0]|)))
 (= $x617 (< exp!9 exp!2))))
(assert
 (let (($x634 (< |logits[0]| log!206)))
 (= $x634 (< exp!2 exp!9))))
(assert
 (let (($x594 (< log!206 |logits[1]|)))
 (= $x594 (< exp!9 exp!3))))
(assert
 (let (($x540 (< |logits[1]| log!206)))
 (= $x540 (< exp!3 exp!9))))
(assert
 (let (($x454 (< log!206 log!100)))
 (= $x454 (< exp!9 exp!5))))
(assert
 (let (($x392 (< log!100 log!206)))
 (= $x392 (< exp!5 exp!9))))
(assert
 (let (($x369 (< log!206 log!152)))
 (= $x369 (< exp!9 exp!7))))
(assert
 (let (($x334 (< log!152 log!206)))
 (= $x334 (< exp!7 exp!9))))
(assert
 (let (($x341 (< log!206 log!206)))
 (= $x341 (< exp!9 exp!8))))
(assert
 (let (($x341 (< log!206 log!206)))
 (= $x341 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x310 (> log!206 0.0)))
 (= $x310 (> exp!9 1.0))))
(assert
 (let ((?x275 (+ 1.0 log!206)))
 (>= exp!9 ?x275)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x512 (/ ?x128 exp!3)))
(let ((?x167 (+ 1.0 ?x512)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x234 (/ ?x24 exp!3)))
(let ((?x649 (+ ?x234 ?x167)))
(let (($x272 (> ?x649 0.0)))
(=> $x272 (= exp!9 ?x649))))))))))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!206 () Real)
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
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let ((?x156 (/ ?x129 ?x132)))
 (let ((?x157 (- ?x156)))
 (let ((?x211 (+ 1.0 ?x157)))
 (let ((?x221 (* 0.0 ?x211)))
 (let ((?x225 (+ ?x157 ?x221)))
 (let ((?x158 (* 0.0 ?x157)))
 (let ((?x227 (+ ?x158 ?x225)))
 (let ((?x399 (/ ?x131 exp!7)))
 (let ((?x406 (* ?x399 ?x227)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x407 (* ?x115 ?x406)))
 (let ((?x116 (- ?x115)))
 (let ((?x395 (/ ?x116 ?x132)))
 (let ((?x396 (* ?x129 ?x395)))
 (let ((?x182 (* ?x399 ?x396)))
 (or (and (distinct ?x182 ?x407) true)))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x467 (< log!152 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x460 (< log!152 |logits[0]|)))
 (= $x460 (< exp!6 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!152)))
 (= $x526 (< exp!2 exp!6))))
(assert
 (let (($x518 (< log!152 |logits[1]|)))
 (= $x518 (< exp!6 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!152)))
 (= $x519 (< exp!3 exp!6))))
(assert
 (let (($x527 (< log!152 log!100)))
 (= $x527 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!100 log!152)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!152)))
 (>= exp!6 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!6 ?x132))))))))))
(assert
 (let (($x467 (< log!152 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x460 (< log!152 |logits[0]|)))
 (= $x460 (< exp!7 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!152)))
 (= $x526 (< exp!2 exp!7))))
(assert
 (let (($x518 (< log!152 |logits[1]|)))
 (= $x518 (< exp!7 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!152)))
 (= $x519 (< exp!3 exp!7))))
(assert
 (let (($x527 (< log!152 log!100)))
 (= $x527 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!100 log!152)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x361 (< log!152 log!152)))
 (= $x361 (< exp!7 exp!6))))
(assert
 (let (($x361 (< log!152 log!152)))
 (= $x361 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!152)))
 (>= exp!7 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!7 ?x132))))))))))
(assert
 (let (($x456 (< log!206 |logits[2]|)))
 (= $x456 (< exp!8 exp!1))))
(assert
 (let (($x542 (< |logits[2]| log!206)))
 (= $x542 (< exp!1 exp!8))))
(assert
 (let (($x617 (< log!206 |logits[0]|)))
 (= $x617 (< exp!8 exp!2))))
(assert
 (let (($x634 (< |logits[0]| log!206)))
 (= $x634 (< exp!2 exp!8))))
(assert
 (let (($x594 (< log!206 |logits[1]|)))
 (= $x594 (< exp!8 exp!3))))
(assert
 (let (($x540 (< |logits[1]| log!206)))
 (= $x540 (< exp!3 exp!8))))
(assert
 (let (($x454 (< log!206 log!100)))
 (= $x454 (< exp!8 exp!5))))
(assert
 (let (($x392 (< log!100 log!206)))
 (= $x392 (< exp!5 exp!8))))
(assert
 (let (($x369 (< log!206 log!152)))
 (= $x369 (< exp!8 exp!7))))
(assert
 (let (($x334 (< log!152 log!206)))
 (= $x334 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x310 (> log!206 0.0)))
 (= $x310 (> exp!8 1.0))))
(assert
 (let ((?x275 (+ 1.0 log!206)))
 (>= exp!8 ?x275)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x128 exp!3)))
 (let ((?x167 (+ 1.0 ?x512)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x234 (/ ?x24 exp!3)))
 (let ((?x649 (+ ?x234 ?x167)))
 (let (($x272 (> ?x649 0.0)))
 (=> $x272 (= exp!8 ?x649))))))))))
(assert
 (let (($x456 (< log!206 |logits[2]|)))
 (= $x456 (< exp!9 exp!1))))
(assert
 (let (($x542 (< |logits[2]| log!206)))
 (= $x542 (< exp!1 exp!9))))
(assert
 (let (($x617 (< log!206 |logits[0]|)))
 (= $x617 (< exp!9 exp!2))))
(assert
 (let (($x634 (< |logits[0]| log!206)))
 (= $x634 (< exp!2 exp!9))))
(assert
 (let (($x594 (< log!206 |logits[1]|)))
 (= $x594 (< exp!9 exp!3))))
(assert
 (let (($x540 (< |logits[1]| log!206)))
 (= $x540 (< exp!3 exp!9))))
(assert
 (let (($x454 (< log!206 log!100)))
 (= $x454 (< exp!9 exp!5))))
(assert
 (let (($x392 (< log!100 log!206)))
 (= $x392 (< exp!5 exp!9))))
(assert
 (let (($x369 (< log!206 log!152)))
 (= $x369 (< exp!9 exp!7))))
(assert
 (let (($x334 (< log!152 log!206)))
 (= $x334 (< exp!7 exp!9))))
(assert
 (let (($x341 (< log!206 log!206)))
 (= $x341 (< exp!9 exp!8))))
(assert
 (let (($x341 (< log!206 log!206)))
 (= $x341 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x310 (> log!206 0.0)))
 (= $x310 (> exp!9 1.0))))
(assert
 (let ((?x275 (+ 1.0 log!206)))
 (>= exp!9 ?x275)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x512 (/ ?x128 exp!3)))
(let ((?x167 (+ 1.0 ?x512)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x234 (/ ?x24 exp!3)))
(let ((?x649 (+ ?x234 ?x167)))
(let (($x272 (> ?x649 0.0)))
(=> $x272 (= exp!9 ?x649))))))))))
(check-sat)
(pop 1)
