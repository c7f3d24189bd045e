; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@2[0]', verdict proved
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
(declare-fun |f[2]| () Real)
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
 (let ((?x123 (* 0.0 ?x120)))
 (let ((?x121 (+ 1.0 ?x120)))
 (let ((?x122 (* 0.0 ?x121)))
 (let ((?x124 (+ ?x122 ?x123)))
 (let ((?x125 (+ ?x120 ?x124)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x126 (* ?x111 ?x125)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x158 (/ ?x129 ?x132)))
 (let ((?x211 (- ?x158)))
 (let ((?x227 (* 0.0 ?x211)))
 (let ((?x221 (+ 1.0 ?x211)))
 (let ((?x225 (* 0.0 ?x221)))
 (let ((?x406 (+ ?x225 ?x227)))
 (let ((?x407 (+ ?x211 ?x406)))
 (let ((?x395 (/ 1.0 exp!7)))
 (let ((?x150 (* ?x395 ?x407)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x151 (* ?x115 ?x150)))
 (let ((?x116 (- ?x115)))
 (let ((?x396 (/ ?x116 ?x132)))
 (let ((?x156 (* ?x129 ?x396)))
 (let ((?x157 (* ?x395 ?x156)))
 (or (and (distinct ?x157 ?x151) true))))))))))))))))))))))))
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
 (let (($x160 (> log!152 0.0)))
 (= $x160 (> exp!6 1.0))))
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
 (let (($x384 (< log!152 log!152)))
 (= $x384 (< exp!7 exp!6))))
(assert
 (let (($x384 (< log!152 log!152)))
 (= $x384 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x160 (> log!152 0.0)))
 (= $x160 (> exp!7 1.0))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x490 (/ ?x128 exp!3)))
 (let ((?x295 (+ 1.0 ?x490)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x354 (/ ?x24 exp!3)))
 (let ((?x604 (+ ?x354 ?x295)))
 (< 0.0 ?x604))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x490 (/ ?x128 exp!3)))
 (let ((?x295 (+ 1.0 ?x490)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x354 (/ ?x24 exp!3)))
 (let ((?x604 (+ ?x354 ?x295)))
 (let (($x287 (= 0.0 ?x604)))
 (not $x287)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x490 (/ ?x128 exp!3)))
 (let ((?x295 (+ 1.0 ?x490)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x354 (/ ?x24 exp!3)))
 (let ((?x604 (+ ?x354 ?x295)))
 (let (($x287 (= 0.0 ?x604)))
 (not $x287)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x490 (/ ?x128 exp!3)))
 (let ((?x295 (+ 1.0 ?x490)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x354 (/ ?x24 exp!3)))
 (let ((?x604 (+ ?x354 ?x295)))
 (let (($x287 (= 0.0 ?x604)))
 (not $x287)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x490 (/ ?x128 exp!3)))
 (let ((?x295 (+ 1.0 ?x490)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x354 (/ ?x24 exp!3)))
 (let ((?x604 (+ ?x354 ?x295)))
 (< 0.0 ?x604))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x490 (/ ?x128 exp!3)))
 (let ((?x295 (+ 1.0 ?x490)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x354 (/ ?x24 exp!3)))
 (let ((?x604 (+ ?x354 ?x295)))
 (let (($x287 (= 0.0 ?x604)))
 (not $x287)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x490 (/ ?x128 exp!3)))
 (let ((?x295 (+ 1.0 ?x490)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x354 (/ ?x24 exp!3)))
 (let ((?x604 (+ ?x354 ?x295)))
 (let (($x287 (= 0.0 ?x604)))
 (not $x287)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x490 (/ ?x128 exp!3)))
 (let ((?x295 (+ 1.0 ?x490)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x354 (/ ?x24 exp!3)))
 (let ((?x604 (+ ?x354 ?x295)))
 (let ((?x873 (/ ?x490 ?x604)))
 (let ((?x653 (- ?x873)))
 (let ((?x462 (* 0.0 ?x653)))
 (let ((?x262 (+ 1.0 ?x653)))
 (let ((?x343 (* 0.0 ?x262)))
 (let ((?x142 (+ ?x343 ?x462)))
 (let ((?x600 (+ ?x653 ?x142)))
 (let ((?x585 (/ ?x354 exp!9)))
 (let ((?x249 (* ?x585 ?x600)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x609 (* ?x115 ?x249)))
 (let ((?x116 (- ?x115)))
 (let ((?x302 (/ ?x116 ?x604)))
 (let ((?x487 (* ?x490 ?x302)))
 (let ((?x464 (* ?x585 ?x487)))
 (or (and (distinct ?x464 ?x609) true)))))))))))))))))))))))))
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
 (let (($x160 (> log!152 0.0)))
 (= $x160 (> exp!6 1.0))))
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
 (let (($x384 (< log!152 log!152)))
 (= $x384 (< exp!7 exp!6))))
(assert
 (let (($x384 (< log!152 log!152)))
 (= $x384 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x160 (> log!152 0.0)))
 (= $x160 (> exp!7 1.0))))
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
 (let (($x351 (< log!206 |logits[2]|)))
 (= $x351 (< exp!8 exp!1))))
(assert
 (let (($x493 (< |logits[2]| log!206)))
 (= $x493 (< exp!1 exp!8))))
(assert
 (let (($x616 (< log!206 |logits[0]|)))
 (= $x616 (< exp!8 exp!2))))
(assert
 (let (($x646 (< |logits[0]| log!206)))
 (= $x646 (< exp!2 exp!8))))
(assert
 (let (($x644 (< log!206 |logits[1]|)))
 (= $x644 (< exp!8 exp!3))))
(assert
 (let (($x602 (< |logits[1]| log!206)))
 (= $x602 (< exp!3 exp!8))))
(assert
 (let (($x538 (< log!206 log!100)))
 (= $x538 (< exp!8 exp!5))))
(assert
 (let (($x424 (< log!100 log!206)))
 (= $x424 (< exp!5 exp!8))))
(assert
 (let (($x379 (< log!206 log!152)))
 (= $x379 (< exp!8 exp!7))))
(assert
 (let (($x358 (< log!152 log!206)))
 (= $x358 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x296 (> log!206 0.0)))
 (= $x296 (> exp!8 1.0))))
(assert
 (let ((?x207 (+ 1.0 log!206)))
 (>= exp!8 ?x207)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x490 (/ ?x128 exp!3)))
 (let ((?x295 (+ 1.0 ?x490)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x354 (/ ?x24 exp!3)))
 (let ((?x604 (+ ?x354 ?x295)))
 (let (($x177 (> ?x604 0.0)))
 (=> $x177 (= exp!8 ?x604))))))))))
(assert
 (let (($x351 (< log!206 |logits[2]|)))
 (= $x351 (< exp!9 exp!1))))
(assert
 (let (($x493 (< |logits[2]| log!206)))
 (= $x493 (< exp!1 exp!9))))
(assert
 (let (($x616 (< log!206 |logits[0]|)))
 (= $x616 (< exp!9 exp!2))))
(assert
 (let (($x646 (< |logits[0]| log!206)))
 (= $x646 (< exp!2 exp!9))))
(assert
 (let (($x644 (< log!206 |logits[1]|)))
 (= $x644 (< exp!9 exp!3))))
(assert
 (let (($x602 (< |logits[1]| log!206)))
 (= $x602 (< exp!3 exp!9))))
(assert
 (let (($x538 (< log!206 log!100)))
 (= $x538 (< exp!9 exp!5))))
(assert
 (let (($x424 (< log!100 log!206)))
 (= $x424 (< exp!5 exp!9))))
(assert
 (let (($x379 (< log!206 log!152)))
 (= $x379 (< exp!9 exp!7))))
(assert
 (let (($x358 (< log!152 log!206)))
 (= $x358 (< exp!7 exp!9))))
(assert
 (let (($x562 (< log!206 log!206)))
 (= $x562 (< exp!9 exp!8))))
(assert
 (let (($x562 (< log!206 log!206)))
 (= $x562 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x296 (> log!206 0.0)))
 (= $x296 (> exp!9 1.0))))
(assert
 (let ((?x207 (+ 1.0 log!206)))
 (>= exp!9 ?x207)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x490 (/ ?x128 exp!3)))
(let ((?x295 (+ 1.0 ?x490)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x354 (/ ?x24 exp!3)))
(let ((?x604 (+ ?x354 ?x295)))
(let (($x177 (> ?x604 0.0)))
(=> $x177 (= exp!9 ?x604))))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x158 (/ ?x129 ?x132)))
 (let ((?x211 (- ?x158)))
 (let ((?x227 (* 0.0 ?x211)))
 (let ((?x221 (+ 1.0 ?x211)))
 (let ((?x225 (* 0.0 ?x221)))
 (let ((?x406 (+ ?x225 ?x227)))
 (let ((?x407 (+ ?x211 ?x406)))
 (let ((?x395 (/ 1.0 exp!7)))
 (let ((?x150 (* ?x395 ?x407)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x151 (* ?x115 ?x150)))
 (let ((?x116 (- ?x115)))
 (let ((?x396 (/ ?x116 ?x132)))
 (let ((?x156 (* ?x129 ?x396)))
 (let ((?x157 (* ?x395 ?x156)))
 (or (and (distinct ?x157 ?x151) true)))))))))))))))))))))))))
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
 (let (($x160 (> log!152 0.0)))
 (= $x160 (> exp!6 1.0))))
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
 (let (($x384 (< log!152 log!152)))
 (= $x384 (< exp!7 exp!6))))
(assert
 (let (($x384 (< log!152 log!152)))
 (= $x384 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x160 (> log!152 0.0)))
 (= $x160 (> exp!7 1.0))))
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
 (let (($x351 (< log!206 |logits[2]|)))
 (= $x351 (< exp!8 exp!1))))
(assert
 (let (($x493 (< |logits[2]| log!206)))
 (= $x493 (< exp!1 exp!8))))
(assert
 (let (($x616 (< log!206 |logits[0]|)))
 (= $x616 (< exp!8 exp!2))))
(assert
 (let (($x646 (< |logits[0]| log!206)))
 (= $x646 (< exp!2 exp!8))))
(assert
 (let (($x644 (< log!206 |logits[1]|)))
 (= $x644 (< exp!8 exp!3))))
(assert
 (let (($x602 (< |logits[1]| log!206)))
 (= $x602 (< exp!3 exp!8))))
(assert
 (let (($x538 (< log!206 log!100)))
 (= $x538 (< exp!8 exp!5))))
(assert
 (let (($x424 (< log!100 log!206)))
 (= $x424 (< exp!5 exp!8))))
(assert
 (let (($x379 (< log!206 log!152)))
 (= $x379 (< exp!8 exp!7))))
(assert
 (let (($x358 (< log!152 log!206)))
 (= $x358 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x296 (> log!206 0.0)))
 (= $x296 (> exp!8 1.0))))
(assert
 (let ((?x207 (+ 1.0 log!206)))
 (>= exp!8 ?x207)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x490 (/ ?x128 exp!3)))
 (let ((?x295 (+ 1.0 ?x490)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x354 (/ ?x24 exp!3)))
 (let ((?x604 (+ ?x354 ?x295)))
 (let (($x177 (> ?x604 0.0)))
 (=> $x177 (= exp!8 ?x604))))))))))
(assert
 (let (($x351 (< log!206 |logits[2]|)))
 (= $x351 (< exp!9 exp!1))))
(assert
 (let (($x493 (< |logits[2]| log!206)))
 (= $x493 (< exp!1 exp!9))))
(assert
 (let (($x616 (< log!206 |logits[0]|)))
 (= $x616 (< exp!9 exp!2))))
(assert
 (let (($x646 (< |logits[0]| log!206)))
 (= $x646 (< exp!2 exp!9))))
(assert
 (let (($x644 (< log!206 |logits[1]|)))
 (= $x644 (< exp!9 exp!3))))
(assert
 (let (($x602 (< |logits[1]| log!206)))
 (= $x602 (< exp!3 exp!9))))
(assert
 (let (($x538 (< log!206 log!100)))
 (= $x538 (< exp!9 exp!5))))
(assert
 (let (($x424 (< log!100 log!206)))
 (= $x424 (< exp!5 exp!9))))
(assert
 (let (($x379 (< log!206 log!152)))
 (= $x379 (< exp!9 exp!7))))
(assert
 (let (($x358 (< log!152 log!206)))
 (= $x358 (< exp!7 exp!9))))
(assert
 (let (($x562 (< log!206 log!206)))
 (= $x562 (< exp!9 exp!8))))
(assert
 (let (($x562 (< log!206 log!206)))
 (= $x562 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x296 (> log!206 0.0)))
 (= $x296 (> exp!9 1.0))))
(assert
 (let ((?x207 (+ 1.0 log!206)))
 (>= exp!9 ?x207)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x490 (/ ?x128 exp!3)))
(let ((?x295 (+ 1.0 ?x490)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x354 (/ ?x24 exp!3)))
(let ((?x604 (+ ?x354 ?x295)))
(let (($x177 (> ?x604 0.0)))
(=> $x177 (= exp!9 ?x604))))))))))
(check-sat)
(pop 1)
